/**
 * Loads the prose of one kind in both locales (`content/{en,sv}/<kind>/*.mdx`) with Astro's
 * glob loader, ids `en/<slug>` and `sv/<slug>`, and fails the build, naming the file, when a
 * body is empty. Rules that need other files (twins, cited sources) are in lib/integrity.
 */
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from './errors';
import { contentPath, contentRoot } from './content-root';
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
      for (const id of [...context.store.keys()].sort()) {
        const [locale, slug] = id.split('/') as [string, string];
        if ((context.store.get(id)?.body ?? '').trim() === '') throw new ContentError(contentPath(locale, kind, `${slug}.mdx`), 'the body is empty');
      }
    },
  };
}
