#!/usr/bin/env node
// Thin launcher: all behaviour lives in the built CLI (src/cli/main.ts -> dist/cli/main.js).
import { main } from '../dist/cli/main.js';

main(process.argv);
