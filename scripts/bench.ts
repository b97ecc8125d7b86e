// `npm run bench`: measures rather than tests. Prints tables of: bytes and requests per page
// type; whole-site size; the search's time to first result and bytes for one query; full
// build time; build time per page as the content grows (synthetic cities, N = 5, 50, 200);
// and Lighthouse scores. Nothing here passes or fails. Options: --quick skips N = 200.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { serve } from './static-server.ts';
import { CHROME_ARGS, CHROME_PATH, launchChromium } from './chromium.ts';
import { synthesize } from './synth-content.ts';

const quick = process.argv.includes('--quick');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const walk = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

function timedBuild(env: Record<string, string> = {}): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'ignore', env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`build failed (${JSON.stringify(env)})`);
  return (performance.now() - start) / 1000;
}

// 1. Full build of the real content, both locales.
const buildSeconds = timedBuild();
const htmlFiles = walk('dist').filter((f) => f.endsWith('.html'));
console.log(`\n## Build\n\nFull build (both locales, ${htmlFiles.length} pages, with the search index): ${buildSeconds.toFixed(1)} s\n`);

// 2. Bytes and requests per page type.
const TYPES: Array<[string, string]> = [
  ['home', '/en/'], ['city', '/en/cities/rotterdam/'], ['regime', '/en/regimes/liberal/'], ['principle', '/en/principles/5-participation/'],
  ['case', '/en/cases/jobbtorg/'], ['compare', '/en/compare/'], ['search', '/en/search/'], ['glossary', '/en/glossary/'],
  ['sources', '/en/sources/'], ['data', '/en/data/'], ['chart page', '/en/data/employment-rate-by-district/'], ['reader', '/en/reader/'],
];
const server = await serve('dist');
const browser = await launchChromium();
const gz = (b: Buffer | string) => gzipSync(b).length;
const rows: Array<Array<string | number>> = [];
for (const [name, url] of TYPES) {
  const file = path.join('dist', url, 'index.html');
  const root = parse(readFileSync(file, 'utf8'));
  const css = root.querySelectorAll('link[rel="stylesheet"]').reduce((s, l) => s + gz(readFileSync(path.join('dist', l.getAttribute('href')!))), 0);
  const js = root
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/json')
    .reduce((s, el) => s + gz(el.getAttribute('src') ? readFileSync(path.join('dist', el.getAttribute('src')!)) : el.textContent), 0);
  const page = await browser.newPage();
  let requests = 0;
  page.on('request', () => (requests += 1));
  await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
  await page.close();
  rows.push([name, KB(gz(readFileSync(file))), KB(css), KB(js), requests]);
}
console.log('## Page weight (gzip) and requests per page type\n');
console.log(table(['page type', 'HTML', 'CSS', 'JS', 'requests'], rows));

// 3. Whole site.
const all = walk('dist');
const size = all.reduce((s, f) => s + statSync(f).size, 0);
const pagefindSize = walk('dist/pagefind').reduce((s, f) => s + statSync(f).size, 0);
console.log(`\n## Site\n\n${all.length} files, ${(size / 1e6).toFixed(1)} MB on disk (Pagefind bundle ${(pagefindSize / 1e6).toFixed(1)} MB).`);

// 4. Search: what opening the search page loads, then keystroke to first results and bytes for one query.
const searchRows: Array<Array<string | number>> = [];
for (const q of ['housing', 'Jobbtorg', 'brukarmedverkan']) {
  const locale = q === 'brukarmedverkan' ? 'sv' : 'en';
  const context = await browser.newContext();
  const page = await context.newPage();
  const counter = { bytes: 0, requests: 0 };
  page.on('response', async (r) => {
    if (r.url().includes('/pagefind/')) {
      counter.requests += 1;
      counter.bytes += (await r.body()).length;
    }
  });
  await page.goto(`${server.origin}/${locale}/search/`, { waitUntil: 'networkidle' });
  // A reader clicks into the box before typing: that loads Pagefind.
  await page.focus('#search-q');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const preload = { ...counter };
  counter.bytes = 0;
  counter.requests = 0;
  // Timed inside the page: from the input event to the first result in the DOM.
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchFirst?: number };
    document.querySelector('#search-q')!.addEventListener('input', () => (w.benchStart = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (w.benchFirst === undefined && document.querySelector('[data-search-results] li')) w.benchFirst = performance.now();
    }).observe(document.querySelector('[data-search-results]')!, { childList: true });
  });
  await page.fill('#search-q', q);
  await page.waitForSelector('[data-search-results] li');
  const ms = Math.round(await page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchFirst: number };
    return w.benchFirst - w.benchStart;
  }));
  await page.waitForLoadState('networkidle');
  // Warm: the reader clears the box and types the query again; the index chunks are loaded.
  await page.fill('#search-q', '');
  await page.waitForFunction(() => !document.querySelector('[data-search-results] li'));
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchFirst?: number };
    delete w.benchFirst;
  });
  await page.fill('#search-q', q);
  await page.waitForSelector('[data-search-results] li');
  const warm = Math.round(await page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchFirst: number };
    return w.benchFirst - w.benchStart;
  }));
  searchRows.push([`${locale}: "${q}"`, `${ms} ms`, `${warm} ms`, `${counter.requests} / ${KB(counter.bytes)}`, `${preload.requests} / ${KB(preload.bytes)}`]);
  await context.close();
}
console.log('\n## Search (Pagefind, localhost)\n');
console.log(table(['query', 'keystroke to first results (cold)', 'keystroke to first results (warm)', 'query: requests / bytes', 'focus on the box (Pagefind loads): requests / bytes'], searchRows));
console.log('\n(Keystroke time is measured in the page, from the input event to the first result (a key after a pause searches at once; keys less than 50 ms apart wait for the last). Pagefind and its language index load when the reader focuses the box; cold is the first time a query is typed, warm the same query typed again with its index chunks loaded.)');

// 5. Scaling.
const scaleRows: Array<Array<string | number>> = [];
for (const n of quick ? [5, 50] : [5, 50, 200]) {
  const root = `.tmp/bench-${n}`;
  synthesize(n, `${root}/content`);
  const seconds = timedBuild({ NLAO_CONTENT_ROOT: `${root}/content`, NLAO_CACHE_DIR: `${root}/cache`, NLAO_OUT_DIR: `${root}/dist` });
  const pages = walk(`${root}/dist`).filter((f) => f.endsWith('.html')).length;
  scaleRows.push([n, pages, `${seconds.toFixed(1)} s`, `${((seconds * 1000) / pages).toFixed(1)} ms`]);
  rmSync(root, { recursive: true, force: true });
}
console.log('\n## Scaling (synthetic cities with their rows, findings and 3 cases each)\n');
console.log(table(['cities', 'pages', 'build', 'per page'], scaleRows));

// 6. Lighthouse.
await browser.close();
if (existsSync(CHROME_PATH)) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  const lhRows: Array<Array<string | number>> = [];
  for (const [name, url] of [['home', '/en/'], ['city', '/en/cities/stockholm/'], ['compare', '/en/compare/'], ['search', '/en/search/?q=housing']] as const) {
    const result = await lighthouse(`${server.origin}${url}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result!.lhr.categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    lhRows.push([name, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
  }
  chrome.kill();
  console.log('\n## Lighthouse (desktop defaults off: mobile emulation, localhost)\n');
  console.log(table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], lhRows));
}
await server.close();
