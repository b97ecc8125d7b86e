/**
 * The entries of a page's "on this page" list: the prose's own sections (h2, with the ids
 * the Markdown pipeline gives them) plus the sections the page adds around the prose.
 */
import { render } from 'astro:content';
import type { ProseEntry } from './content';

export interface ContentsItem {
  /** The heading's id, the target of the link. */
  id: string;
  /** The heading's text. */
  text: string;
}

/** The h2 sections of a prose entry, in order. */
export async function proseSections(entry: ProseEntry<'cities' | 'regimes' | 'principles' | 'cases' | 'pages'>): Promise<ContentsItem[]> {
  const { headings } = await render(entry);
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
}
