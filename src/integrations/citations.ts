// Writes each "Cite this" block's BibTeX, RIS and CSL-JSON files beside its page
// (`<page>/cite/<id>.bib|.ris|.json`) after the build, from the CSL-JSON record the block
// carries, so the files and the visible APA reference come from the same record.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { citationFiles } from '../lib/cite.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export async function writeCitationFiles(root: string): Promise<number> {
  let written = 0;
  for await (const file of htmlFiles(root)) {
    const blocks = parse(await readFile(file, 'utf8')).querySelectorAll('[data-csl]');
    for (const block of blocks) {
      const id = block.getAttribute('data-cite-id')!;
      const files = citationFiles(JSON.parse(block.getAttribute('data-csl')!) as Record<string, unknown>);
      const dir = path.join(path.dirname(file), 'cite');
      await mkdir(dir, { recursive: true });
      await Promise.all([writeFile(path.join(dir, `${id}.bib`), files.bib), writeFile(path.join(dir, `${id}.ris`), files.ris), writeFile(path.join(dir, `${id}.json`), files.json)]);
      written += 1;
    }
  }
  return written;
}

export const citationsIntegration = (): AstroIntegration => ({
  name: 'nlao-citations',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const n = await writeCitationFiles(fileURLToPath(dir));
      logger.info(`wrote BibTeX, RIS and CSL-JSON for ${n} citations`);
    },
  },
});
