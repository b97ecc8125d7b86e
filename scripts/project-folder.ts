// A throwaway project folder for a build with other content (the bad-content fixtures, the
// sixth-city stage): the code linked in from this project, the content a copy the caller may
// change. Astro writes .astro/ and its cache into the project, so two builds never share them.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** What a project folder links from the real project. */
const LINKED = ['src', 'public', 'scripts', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Makes `root` afresh with the code linked and a copy of `content/` in `root/content`; returns that content folder. */
export function makeProjectFolder(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of LINKED) symlinkSync(path.resolve(entry), path.join(root, entry));
  const content = path.join(root, 'content');
  cpSync('content', content, { recursive: true });
  return content;
}

/** Runs `npm run build`'s script in a project folder, into `root/dist`; resolves with the exit code and the whole log. */
export function buildProjectFolder(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, NLAO_CONTENT_ROOT: 'content', NLAO_CACHE_DIR: 'cache', NLAO_OUT_DIR: 'dist', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}
