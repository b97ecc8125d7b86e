// `npm run build`: astro build into a temporary folder, moved into place only when the whole
// build (content checks, pages, search index) succeeds — a failed build leaves no partial site.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

const out = process.env.NLAO_OUT_DIR ?? 'dist';
const building = `${out}.building`;
rmSync(building, { recursive: true, force: true });
const result = spawnSync('npx', ['--no-install', 'astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NLAO_OUT_DIR: building, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`build failed: nothing written to ${out}/`);
  process.exit(result.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(building, out);
