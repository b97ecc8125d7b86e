// `npm test`: every check, in stages, stopping at the first stage that fails.
// Type check → unit tests → bad-content fixtures → full build → built-output checks →
// reader PDFs → offline copy → browser tests (online and from disk) → a sixth city.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest';
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

const vitest = (project: string) => ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}/${project}.json`];
const stages: Array<{ name: string; cmd: string[]; project?: string }> = [
  { name: 'type check (astro check)', cmd: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  { name: 'unit tests', cmd: vitest('unit'), project: 'unit' },
  { name: 'bad-content fixtures', cmd: vitest('fixtures'), project: 'fixtures' },
  { name: 'build', cmd: ['node', 'scripts/build.ts'] },
  { name: 'built-output checks', cmd: vitest('output'), project: 'output' },
  { name: 'reader PDFs', cmd: ['node', 'scripts/reader.ts'] },
  { name: 'offline copy', cmd: ['node', 'scripts/offline.ts'] },
  { name: 'browser tests (Chromium)', cmd: vitest('e2e'), project: 'e2e' },
  { name: 'sixth city (synthetic content, same tests)', cmd: ['node', 'scripts/sixth-city.ts', `${report}/sixth-city.json`], project: 'sixth-city' },
];

let passed = 0;
let failed = 0;
const tally = (project: string) => {
  try {
    const json = JSON.parse(readFileSync(`${report}/${project}.json`, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    failed += 1; // No report means the runner itself failed.
  }
};

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', ...stage.cmd], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (stage.project) tally(stage.project);
  console.log(`--- ${stage.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.log(`\nStopped at "${stage.name}".`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\nAll stages passed.`);
console.log(`${passed} passed, ${failed} failed`);
