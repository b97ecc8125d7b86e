/**
 * Loads the prose of one kind in both locales (`content/{en,sv}/<kind>/*.mdx`) with Astro's
 * glob loader, ids `en/<slug>` and `sv/<slug>`, then fails the build, naming the file (and
 * the line, counted in the file), if the body is empty or the MDX goes beyond the atlas's
 * vocabulary (imports, scripts, event attributes, links to javascript:…; see `mdx-check.ts`).
 * Rules that need other files (twins, data entries, cited sources) are in lib/integrity.
 */
import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { ContentError, ContentErrors } from './errors';
import { contentPath, contentRoot } from './content-root';
import { checkMdx } from './mdx-check';
import { LOCALES } from '../i18n/locales';

/** Everything outside the atlas's vocabulary in one prose file (front matter and body), as "line N: …". */
export const proseProblems = (text: string): string[] => checkMdx(text).map((p) => `line ${p.line}: ${p.message}`);

export function proseLoader(kind: string): Loader {
  const inner = glob({
    pattern: LOCALES.map((l) => `${l}/${kind}/*.mdx`),
    base: contentRoot(),
    generateId: ({ entry }) => {
      const [locale, , file] = entry.split('/');
      return `${locale}/${file!.replace(/\.mdx$/, '')}`;
    },
  });
  return {
    name: `prose:${kind}`,
    load: async (context) => {
      await inner.load(context);
      const problems: Array<{ file: string; problem: string }> = [];
      for (const id of [...context.store.keys()].sort()) {
        const [locale, slug] = id.split('/') as [string, string];
        const file = contentPath(locale, kind, `${slug}.mdx`);
        if ((context.store.get(id)?.body ?? '').trim() === '') throw new ContentError(file, 'the body is empty');
        // The whole file, so line numbers are the ones an editor sees.
        for (const problem of proseProblems(await readFile(file, 'utf8'))) problems.push({ file, problem });
      }
      if (problems.length > 0) throw new ContentErrors(problems);
    },
  };
}
