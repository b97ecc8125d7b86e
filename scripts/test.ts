// `npm test`: every check, in stages. A stage starts once the stages it needs have passed, two
// at a time (the machines have two cores, and the type check, the build and the PDF printing
// each keep only one of them busy); the browser tests and the sixth city run alone, since they
// use both cores themselves. After a failure no new stage starts.
//   unit tests → bad-content fixtures · build → type check, built-output checks
//   build → reader PDFs → offline copy · all of these → browser tests → sixth city
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest';
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

interface Stage {
  name: string;
  cmd: string[];
  /** The Vitest project whose JSON report gives the stage's test counts. */
  project?: string;
  /** Stages that must pass first. */
  after: string[];
  /** Runs with no other stage beside it. */
  alone?: boolean;
}
const vitest = (project: string) => ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}/${project}.json`];
const BEFORE_BROWSER = ['type check (astro check)', 'unit tests', 'bad-content fixtures', 'built-output checks', 'offline copy'];
// In order of priority when both slots are free: the build's chain first, it is the longest.
const stages: Stage[] = [
  { name: 'build', cmd: ['node', 'scripts/build.ts'], after: [] },
  // After the build: both write the project's .astro/ folder, and must not do so at once.
  { name: 'type check (astro check)', cmd: ['astro', 'check', '--minimumFailingSeverity', 'warning'], after: ['build'] },
  { name: 'reader PDFs', cmd: ['node', 'scripts/reader.ts'], after: ['build'] },
  { name: 'offline copy', cmd: ['node', 'scripts/offline.ts'], after: ['reader PDFs'] },
  { name: 'unit tests', cmd: vitest('unit'), project: 'unit', after: [] },
  { name: 'bad-content fixtures', cmd: vitest('fixtures'), project: 'fixtures', after: ['unit tests'] },
  { name: 'built-output checks', cmd: vitest('output'), project: 'output', after: ['build'] },
  { name: 'browser tests (Chromium)', cmd: vitest('e2e'), project: 'e2e', after: BEFORE_BROWSER, alone: true },
  { name: 'sixth city (synthetic content, same tests)', cmd: ['node', 'scripts/sixth-city.ts', `${report}/sixth-city.json`], project: 'sixth-city', after: ['browser tests (Chromium)'], alone: true },
];
const SLOTS = 2;

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

/** Runs a stage with its output held back, then prints it in one piece so stages side by side stay readable. */
function run(stage: Stage): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['--no-install', ...stage.cmd], { env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('close', (code) => {
      console.log(`\n=== ${stage.name} ===\n${Buffer.concat(output).toString('utf8').trimEnd()}`);
      if (stage.project) tally(stage.project);
      console.log(`--- ${stage.name}: ${code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code === 0);
    });
  });
}

const done = new Set<string>();
const running = new Map<string, Promise<void>>();
const waiting = [...stages];
const failures: string[] = [];
while (waiting.length > 0 || running.size > 0) {
  if (failures.length === 0) {
    for (const stage of [...waiting]) {
      const ready = stage.after.every((s) => done.has(s));
      const room = stage.alone ? running.size === 0 : running.size < SLOTS && ![...running.keys()].some((n) => stages.find((s) => s.name === n)!.alone);
      if (!ready || !room) continue;
      waiting.splice(waiting.indexOf(stage), 1);
      running.set(
        stage.name,
        run(stage).then((ok) => {
          running.delete(stage.name);
          if (ok) done.add(stage.name);
          else failures.push(stage.name);
        }),
      );
    }
  } else waiting.length = 0;
  if (running.size > 0) await Promise.race(running.values());
}

if (failures.length > 0) {
  console.log(`\nFailed: ${failures.map((f) => `"${f}"`).join(', ')}.`);
  console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(1);
}
console.log(`\nAll stages passed.`);
console.log(`${passed} passed, ${failed} failed`);
