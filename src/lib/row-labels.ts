/** A dataset row's label in the page's language: the translation in `rowLabels`, else the value as printed (a name). */
import type { Locale } from '../i18n/locales';

export const rowLabel = (locale: Locale, d: { rowLabels: Record<string, { en: string; sv: string }> }, value: string): string =>
  d.rowLabels[value]?.[locale] ?? value;
