/**
 * Loads the prose of one kind in both locales (`content/{en,sv}/<kind>/*.mdx`) with Astro's
 * glob loader, ids `en/<slug>` and `sv/<slug>`, then fails the build, naming the file (and
 * the line, counted in the file), if:
 * - a file has no twin in the other locale (the languages must cover the same pages);
 * - the body is empty;
 * - the MDX goes beyond the atlas's vocabulary (imports, scripts, event attributes, links
 *   to javascript:…; see `mdx-check.ts`);
 * - a `<Cite>` names an unknown source or has no locator.
 */
import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { ContentError, ContentErrors } from './errors';
import { contentPath, contentRoot } from './content-root';
import { listEntries, readYaml } from './yaml-list';
import { checkMdx } from './mdx-check';
import { scanCites } from '../lib/cite-scan';
import { LOCALES } from '../i18n/locales';

/** Everything wrong with one prose file (front matter and body), as "line N: …". */
export function proseProblems(text: string, sources: ReadonlySet<string>): string[] {
  const problems = checkMdx(text);
  // Citations are only read from a body that parses and stays in the vocabulary.
  if (problems.length === 0) {
    for (const tag of scanCites(text)) {
      if (tag.source === undefined || !sources.has(tag.source)) {
        problems.push({ line: tag.line, message: `<Cite> field "source": unknown source id "${tag.source ?? ''}"; use an id from content/data/sources.yaml` });
      } else if (tag.at === undefined || tag.at.trim() === '') {
        problems.push({ line: tag.line, message: `<Cite source="${tag.source}"> field "at": a locator is required (e.g. at="§4.3.2")` });
      }
    }
  }
  return problems.map((p) => `line ${p.line}: ${p.message}`);
}

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
      const sourcesFile = contentPath('data', 'sources.yaml');
      const sources = new Set(listEntries(sourcesFile, await readYaml(sourcesFile)).map((e) => e.id));
      const ids = [...context.store.keys()].sort();
      const known = new Set(ids);
      const problems: Array<{ file: string; problem: string }> = [];
      for (const id of ids) {
        const [locale, slug] = id.split('/') as [string, string];
        const file = contentPath(locale, kind, `${slug}.mdx`);
        const body = context.store.get(id)?.body ?? '';
        if (body.trim() === '') throw new ContentError(file, 'the body is empty');
        for (const other of LOCALES) {
          if (!known.has(`${other}/${slug}`)) {
            throw new ContentError(file, `has no twin in "${other}": add ${contentPath(other, kind, `${slug}.mdx`)}`);
          }
        }
        // The whole file, so line numbers are the ones an editor sees.
        for (const problem of proseProblems(await readFile(file, 'utf8'), sources)) problems.push({ file, problem });
      }
      if (problems.length > 0) throw new ContentErrors(problems);
    },
  };
}
