/** The site's languages. English is the default; every page exists in both. */
export const LOCALES = ['en', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the language chooser and switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', sv: 'Svenska' };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The other locale of a pair: the target of the language switcher. */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'sv' : 'en');

/** `getStaticPaths` entries for a page that exists once per locale. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { locale } }));
