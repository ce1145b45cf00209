// loadAnalyzeRenderer / loadDeltaRenderer (what the CLI uses) give the same function per --format
// as the static registries analyzeRenderers / deltaRenderers.
import { describe, expect, it } from 'vitest';
import { analyzeRenderers, deltaRenderers, FORMATS } from '../../src/render/index.js';
import { loadAnalyzeRenderer, loadDeltaRenderer } from '../../src/render/load-renderer.js';

describe('loadAnalyzeRenderer and loadDeltaRenderer', () => {
  it.each(FORMATS)('--format %s: the registry entry', async (format) => {
    expect(await loadAnalyzeRenderer(format)).toBe(analyzeRenderers[format]);
    expect(await loadDeltaRenderer(format)).toBe(deltaRenderers[format]);
  });
});
