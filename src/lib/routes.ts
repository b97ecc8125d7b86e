/**
 * The route table: every internal URL of the site is built here, so a page, a component, a
 * search record, the offline rewrite and a test all agree on where things live.
 *
 * `paths` are locale-free ("/cities/rotterdam/"): the layout pairs them with each locale for
 * the language switch and hreflang links. `routes(locale)` gives the same builders with the
 * locale prefix, for links. Slugs are English in both languages. Files that exist once for
 * both languages (the data downloads) are in `files`.
 */
import { isLocale, type Locale } from '../i18n/locales';

export const paths = {
  home: () => '/',
  study: () => '/study/',
  about: () => '/about/',
  conclusions: () => '/conclusions/',
  /** A free-standing prose page (`content/<locale>/pages/<slug>.mdx`). */
  page: (slug: string) => `/${slug}/`,
  cities: () => '/cities/',
  city: (id: string) => `/cities/${id}/`,
  regimes: () => '/regimes/',
  /** A sub-type (the Mediterranean regime) lives in a section of its parent's page. */
  regime: (regime: { id: string; parent?: string | undefined }) =>
    regime.parent ? `/regimes/${regime.parent}/#${regime.id}` : `/regimes/${regime.id}/`,
  principles: () => '/principles/',
  principle: (id: string) => `/principles/${id}/`,
  /** One city's finding on a principle's page. */
  finding: (principleId: string, findingId: string) => `/principles/${principleId}/#finding-${findingId}`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  compare: () => '/compare/',
  questions: () => '/questions/',
  question: (id: string) => `/questions/${id}/`,
  responsibilities: () => '/responsibilities/',
  search: () => '/search/',
  glossary: () => '/glossary/',
  sources: () => '/sources/',
  /** A seed document has a page of its own; any other source is an entry on the sources page. */
  source: (source: { id: string; kind: string }) => (source.kind === 'seed' ? `/sources/${source.id}/` : `/sources/#${source.id}`),
  data: () => '/data/',
  dataset: (id: string) => `/data/${id}/`,
  reader: () => '/reader/',
} as const;

type Builders = typeof paths;
export type Routes = { [K in keyof Builders]: (...args: Parameters<Builders[K]>) => string };

/** The route table for one language: `routes('sv').city('prague')` is "/sv/cities/prague/". */
export function routes(locale: Locale): Routes {
  return Object.fromEntries(
    Object.entries(paths).map(([name, build]) => [name, (...args: unknown[]) => localize(locale, (build as (...a: unknown[]) => string)(...args))]),
  ) as Routes;
}

/** A locale-free path in one language. */
export const localize = (locale: Locale, path: string): string => `/${locale}${path}`;

/** Files served once for both languages. */
export const files = {
  /** `/data/<name>.json`: a whole collection. */
  endpoint: (name: string) => `/data/${name}.json`,
  dataset: (id: string, ext: 'csv' | 'json' | 'xlsx') => `/data/datasets/${id}.${ext}`,
  chart: (id: string, ext: 'csv' | 'json' | 'xlsx') => `/data/charts/${id}.${ext}`,
  /** The Frictionless Data Package descriptor of every CSV. */
  dataPackage: () => '/data/datapackage.json',
  /** All data in one zip. */
  dataZip: () => '/data/nlao-atlas-data.zip',
} as const;

/** The page's language from its route parameter; anything else is a routing bug, so it throws. */
export function pageLocale(param: string | undefined): Locale {
  if (!isLocale(param)) throw new Error(`route parameter "locale" must be a site language, got "${param}"`);
  return param;
}
