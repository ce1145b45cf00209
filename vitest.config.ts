import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Sized for a 2-core CI machine. Many tests spawn the built CLI and wait for it, so a worker per
// core (vitest's default is cores − 1, i.e. one on 2 cores) keeps both cores busy. Forks, not
// threads: the e2e tests spawn processes and some tests change process-wide state (env, cwd).
// The timeouts only stop a hung test: no test asserts a wall-clock limit (complexity guards
// compare n with 4n, test/_linear.ts), and a busy machine may make any test slow.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
