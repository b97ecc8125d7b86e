/** Where a citation points: a seed document has its own page; other sources an entry on the sources page. */
import type { Locale } from '../i18n/locales';

export interface Citation {
  source: string;
  at: string;
}

export const sourceHref = (locale: Locale, source: { id: string; kind: string }): string =>
  source.kind === 'seed' ? `/${locale}/sources/${source.id}/` : `/${locale}/sources/#${source.id}`;
