/**
 * One way to get a UI string: `t(locale, key, vars)`. Keys are typed from the English file;
 * a unit test checks that the Swedish file has exactly the same keys.
 */
import en from './ui/en.json';
import sv from './ui/sv.json';
import type { Locale } from './locales';

export type UiKey = keyof typeof en;
const strings: Record<Locale, Record<UiKey, string>> = { en, sv };

export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    name in vars ? formatVar(locale, vars[name]!) : `{${name}}`,
  );
}

const formatVar = (locale: Locale, value: string | number) =>
  typeof value === 'number' ? formatNumber(locale, value) : value;

/** Numbers in the locale's style: 13,000 in English, 13 000 in Swedish. */
export const formatNumber = (locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string =>
  new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', options).format(value);

/** A country name from its ISO code, in the page's language. */
export const countryName = (locale: Locale, code: string): string =>
  new Intl.DisplayNames([locale === 'sv' ? 'sv-SE' : 'en-GB'], { type: 'region' }).of(code) ?? code;

/**
 * A count as a word where prose reads better that way ("five cities", "fem städer"), from the
 * locale's `numbers.words`; larger counts as localized digits. Counts come from the data, so a
 * sixth city changes the text without a code or string change.
 */
export function countWord(locale: Locale, n: number): string {
  return t(locale, 'numbers.words').split(' ')[n - 1] ?? formatNumber(locale, n);
}

/** "Bologna, Prague and Rotterdam" / "Bologna, Prag och Rotterdam". */
export const formatList = (locale: Locale, items: readonly string[]): string =>
  new Intl.ListFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(items);
