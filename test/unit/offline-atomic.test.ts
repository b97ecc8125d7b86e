// `npm run offline` is atomic: when making the copy fails, the previous dist-offline/ and zip
// are left exactly as they were, and nothing half-made stays behind. Runs scripts/offline.ts
// in a scratch folder on a tiny site whose page cannot be rewritten (no full build needed).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/offline.ts');

describe('the offline copy is made atomically', () => {
  it('a failure leaves the previous copy and zip intact', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlao-offline-'));
    try {
      mkdirSync(path.join(dir, 'dist', 'data'), { recursive: true });
      mkdirSync(path.join(dir, 'dist-offline'));
      writeFileSync(path.join(dir, 'dist', 'data', 'glossary.json'), '[]');
      writeFileSync(path.join(dir, 'dist', 'index.html'), '<html><head></head><body>new</body></html>');
      // An inline module script that imports cannot run from disk: the rewrite fails on the second page.
      mkdirSync(path.join(dir, 'dist', 'en'));
      writeFileSync(path.join(dir, 'dist', 'en', 'index.html'), '<html><head></head><body><script type="module">import { a } from "./a.js"; a();</script></body></html>');
      writeFileSync(path.join(dir, 'dist-offline', 'index.html'), 'previous copy');
      writeFileSync(path.join(dir, 'nlao-atlas-offline.zip'), 'previous zip');

      const run = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });

      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain('the previous dist-offline/ and nlao-atlas-offline.zip are unchanged');
      expect(run.stderr).toContain('en/index.html: an inline module script imports or exports');
      expect(readFileSync(path.join(dir, 'dist-offline', 'index.html'), 'utf8')).toBe('previous copy');
      expect(readdirSync(path.join(dir, 'dist-offline'))).toEqual(['index.html']);
      expect(readFileSync(path.join(dir, 'nlao-atlas-offline.zip'), 'utf8')).toBe('previous zip');
      expect(readdirSync(dir).sort()).toEqual(['dist', 'dist-offline', 'nlao-atlas-offline.zip']);
      expect(existsSync(path.join(dir, 'dist-offline.building'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
