/**
 * One way to get a UI string: `t(locale, key, vars)`. Keys are typed from the English file;
 * a unit test checks that the Swedish file has exactly the same keys. A plural key (its value
 * is `{ one, other }`, see `plural.ts`) takes its form from the number `vars.n`.
 */
import en from './ui/en.json';
import sv from './ui/sv.json';
import type { Locale } from './locales';
import { pluralForm, type PluralForms } from './plural';
import type { TableNumber } from '../schemas/responsibilities';

export type UiKey = keyof typeof en;
/** Keys whose value is a set of plural forms. */
export type PluralKey = { [K in UiKey]: (typeof en)[K] extends string ? never : K }[UiKey];
const strings: Record<Locale, Record<UiKey, string | PluralForms>> = { en, sv };

export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const value = strings[locale][key];
  const template = typeof value === 'string' ? value : pluralForm(locale, value, Number(vars.n ?? Number.NaN));
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in vars ? formatVar(locale, vars[name]!) : `{${name}}`,
  );
}

const isUiKey = (key: string): key is UiKey => Object.hasOwn(en, key);

/**
 * `t` for a key built from a value the types see only as a string (a responsibility row's
 * function, a role read back from a download row): a key the strings lack fails the build
 * naming it, where `t` would fail on `undefined`.
 */
export function tBuilt(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  if (!isUiKey(key)) throw new Error(`no UI string "${key}" in src/i18n/ui/en.json`);
  return t(locale, key, vars);
}

/** A function (row) of Tables 1–4 in words: `fn.<table>.<function>`. */
export const functionLabel = (locale: Locale, table: TableNumber, fn: string): string => tBuilt(locale, `fn.${table}.${fn}`);

/** A plural string's forms, unfilled, for a client script that counts later (the search). */
export const pluralForms = (locale: Locale, key: PluralKey): PluralForms => strings[locale][key] as PluralForms;

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
