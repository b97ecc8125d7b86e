/**
 * Loads the prose of one kind in both locales (`content/{en,sv}/<kind>/*.mdx`) with Astro's
 * glob loader, ids `en/<slug>` and `sv/<slug>`, then fails the build, naming the file, if:
 * - a file has no twin in the other locale (the languages must cover the same pages);
 * - the body is empty;
 * - a `<Cite>` names an unknown source or has no locator.
 */
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from './errors';
import { contentPath, contentRoot } from './content-root';
import { listEntries, readYaml } from './yaml-list';
import { scanCites } from '../lib/cite-scan';
import { LOCALES } from '../i18n/locales';

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
      const ids = new Set(context.store.keys());
      for (const id of ids) {
        const [locale, slug] = id.split('/') as [string, string];
        const file = contentPath(locale, kind, `${slug}.mdx`);
        const body = context.store.get(id)?.body ?? '';
        if (body.trim() === '') throw new ContentError(file, 'the body is empty');
        for (const other of LOCALES) {
          if (!ids.has(`${other}/${slug}`)) {
            throw new ContentError(file, `has no twin in "${other}": add ${contentPath(other, kind, `${slug}.mdx`)}`);
          }
        }
        for (const tag of scanCites(body)) {
          if (tag.source === undefined || !sources.has(tag.source)) {
            throw new ContentError(file, `body line ${tag.line}: <Cite> field "source": unknown source id "${tag.source ?? ''}"`);
          }
          if (tag.at === undefined || tag.at.trim() === '') {
            throw new ContentError(file, `body line ${tag.line}: <Cite source="${tag.source}"> field "at": a locator is required`);
          }
        }
      }
    },
  };
}
