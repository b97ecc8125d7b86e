// The sixth-city stage of `npm test`: builds the site with one more partner city than the
// content has (synthetic, from scripts/synth-content.ts) in a project folder of its own, then
// runs the built-output checks and the every-city browser test against that build — the same
// test files as for the real site, with no change to code or tests.
// Usage: node scripts/sixth-city.ts REPORT_JSON
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildProjectFolder, makeProjectFolder } from './project-folder.ts';
import { synthesize } from './synth-content.ts';

const report = process.argv[2] ?? '.tmp/vitest/sixth-city.json';
const root = path.resolve('.tmp/sixth-city');
const content = makeProjectFolder(root);
const partners = (parse(readFileSync('content/data/cities.yaml', 'utf8')) as Array<{ partner?: boolean }>).filter((c) => c.partner).length;
const total = synthesize(partners + 1, content);
console.log(`sixth-city: ${total} partner cities in ${content}`);

const { code, output } = await buildProjectFolder(root);
if (code !== 0) {
  console.error(output.slice(-4000));
  console.error('sixth-city: the build with one more city failed');
  process.exit(1);
}
const run = spawnSync(
  'npx',
  ['--no-install', 'vitest', 'run', '--project', 'output', '--project', 'e2e', 'test/build', 'test/e2e/every-city.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit', env: { ...process.env, NLAO_OUT_DIR: path.join(root, 'dist'), NLAO_CONTENT_ROOT: content } },
);
process.exit(run.status ?? 1);
