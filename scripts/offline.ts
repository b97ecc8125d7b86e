// `npm run offline`: makes dist-offline/ and nlao-atlas-offline.zip from the built site in
// dist/ — the whole atlas in both languages, working when index.html is opened from disk.
// Includes the reader PDFs when `npm run reader` has made them.
// Atomic: the copy is made in dist-offline.building/ and the zip in a temporary file; only
// when everything succeeded do they replace the previous copy and zip (the folder first,
// the zip last). A failure leaves the previous copy and zip as they were.
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rewriteHtml, searchDoc } from '../src/integrations/offline.ts';
import type { OfflineDoc } from '../src/components/search/offline-engine.ts';
import type { TermForms } from '../src/lib/search-terms.ts';

const DIST = 'dist';
const FINAL = 'dist-offline';
const ZIP = 'nlao-atlas-offline.zip';
/** Where the copy is made; it becomes FINAL only when complete. */
const OUT = `${FINAL}.building`;
const ZIP_PART = `${ZIP}.part`;
const SEARCH_SCRIPT = 'offline/search.js';
const PDFS = ['nlao-atlas-reader-en.pdf', 'nlao-atlas-reader-sv.pdf'];

/** esbuild options for a classic script: one file, no imports, run in a function scope of its own. */
const CLASSIC = { bundle: true, format: 'iife', target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning' } as const;

/** Module script files of the site (root-absolute src) → their classic replacements (from the bundle root). */
const classicScripts = new Map<string, string>();
const classicScript = (src: string): string => {
  const out = `offline/${path.posix.basename(src.replace(/[?#].*$/, ''))}`;
  classicScripts.set(src.replace(/[?#].*$/, ''), out);
  return out;
};

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`offline: ${DIST}/ has no built site; run "npm run build" first.`);
  process.exit(1);
}
const started = Date.now();
const cleanUp = () => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(ZIP_PART, { force: true });
};
cleanUp();
try {
  cpSync(DIST, OUT, { recursive: true });

  // 1. Every page: relative links, classic scripts, the offline search script.
  const glossary = JSON.parse(readFileSync(path.join(DIST, 'data', 'glossary.json'), 'utf8')) as TermForms[];
  const docs: Record<string, OfflineDoc[]> = { en: [], sv: [] };
  let pages = 0;
  for (const file of files(OUT).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    const locale = file.split('/')[0]!;
    if (locale in docs) {
      const doc = searchDoc(html, file, docs[locale]!.length, glossary);
      if (doc) docs[locale]!.push(doc);
    }
    writeFileSync(path.join(OUT, file), rewriteHtml(html, file, { searchScript: SEARCH_SCRIPT, classicScript }));
    pages += 1;
  }

  // 2. The site's module script files (a page script that shares code with another is split
  // into chunks that import each other), each bundled into one classic script.
  for (const [src, out] of classicScripts) {
    await build({ ...CLASSIC, entryPoints: [path.join(DIST, src)], outfile: path.join(OUT, out) });
  }

  // 3. The offline search: its script and one index per language, as classic scripts.
  mkdirSync(path.join(OUT, 'offline'), { recursive: true });
  await build({ ...CLASSIC, entryPoints: ['src/components/search/search-offline.ts'], outfile: path.join(OUT, SEARCH_SCRIPT) });
  for (const [locale, list] of Object.entries(docs)) {
    // JSON inside a script: escape "<" so no text can close the script element.
    const json = JSON.stringify(list).replace(/</g, '\\u003c');
    writeFileSync(path.join(OUT, 'offline', `search-index-${locale}.js`), `window.NLAO_SEARCH_DOCS=${json};\n`);
  }

  // 4. How to open it, in both languages.
  const readme = (lang: 'en' | 'sv') =>
    lang === 'en'
      ? `NLAO Atlas — offline copy\n\nOpen index.html in this folder with a web browser (double-click it). No network is needed:\nlinks, charts, tables, downloads, the compare view and search all work from disk.\nKeep the folder together; moving index.html on its own breaks the links.\n\nThe seminar reader (the whole study in reading order) is at en/reader/index.html and sv/reader/index.html,\nand as PDF files next to this one when they were included.\n`
      : `NLAO-atlasen — kopia att läsa utan nät\n\nÖppna index.html i den här mappen i en webbläsare (dubbelklicka). Inget nät behövs:\nlänkar, diagram, tabeller, nedladdningar, jämförelsen och sökningen fungerar direkt från disken.\nHåll ihop mappen; flyttar du index.html ensam slutar länkarna att fungera.\n\nSeminarieläsaren (hela studien i läsordning) finns på sv/reader/index.html och en/reader/index.html,\noch som PDF-filer bredvid den här filen om de kom med.\n`;
  writeFileSync(path.join(OUT, 'README.txt'), readme('en'));
  writeFileSync(path.join(OUT, 'LÄS-MIG.txt'), readme('sv'));
  const included = PDFS.filter((pdf) => existsSync(pdf));
  for (const pdf of included) cpSync(pdf, path.join(OUT, pdf));

  // 5. The zip, with everything under one folder.
  const entries: Record<string, Uint8Array> = {};
  for (const file of files(OUT)) entries[`nlao-atlas/${file}`] = readFileSync(path.join(OUT, file));
  writeFileSync(ZIP_PART, zipSync(entries, { level: 6 }));

  // 6. Into place: the folder, then the zip.
  rmSync(`${FINAL}.old`, { recursive: true, force: true });
  if (existsSync(FINAL)) renameSync(FINAL, `${FINAL}.old`);
  renameSync(OUT, FINAL);
  rmSync(`${FINAL}.old`, { recursive: true, force: true });
  renameSync(ZIP_PART, ZIP);

  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `offline: ${pages} pages rewritten, search index ${docs.en!.length} + ${docs.sv!.length} pages, ` +
      `${included.length} reader PDF(s); ${FINAL}/ and ${ZIP} (${mb(statSync(ZIP).size)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  cleanUp();
  console.error(`offline: failed, the previous ${FINAL}/ and ${ZIP} are unchanged: ${(error as Error).message}`);
  process.exit(1);
}
