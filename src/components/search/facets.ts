/** The search filters and their values, from validated data (never typed by hand in content). */
import { DOMAINS } from '../../schemas/cases';
import { getAllCities, getPrinciples, getRegimes } from '../../lib/content';
import type { Locale } from '../../i18n/locales';
import { countryName, t, type UiKey } from '../../i18n/t';

export const SEARCH_TYPES = ['city', 'regime', 'principle', 'question', 'case', 'glossary', 'source', 'dataset', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const FACET_NAMES = ['type', 'city', 'country', 'principle', 'domain', 'regime'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface Facet {
  name: FacetName;
  label: string;
  values: Array<{ value: string; label: string }>;
}

export async function searchFacets(locale: Locale): Promise<Facet[]> {
  const cities = await getAllCities();
  const countries = [...new Set(cities.map((c) => c.country))].sort();
  const label = (key: UiKey) => t(locale, key);
  return [
    { name: 'type', label: label('search.facet.type'), values: SEARCH_TYPES.map((v) => ({ value: v, label: label(`search.type.${v}`) })) },
    { name: 'city', label: label('search.facet.city'), values: cities.map((c) => ({ value: c.id, label: c.name[locale] })) },
    { name: 'country', label: label('search.facet.country'), values: countries.map((c) => ({ value: c, label: countryName(locale, c) })) },
    { name: 'principle', label: label('search.facet.principle'), values: (await getPrinciples()).map((p) => ({ value: String(p.number), label: `${p.number}. ${p.short[locale]}` })) },
    { name: 'domain', label: label('search.facet.domain'), values: DOMAINS.map((d) => ({ value: d, label: label(`domain.${d}`) })) },
    { name: 'regime', label: label('search.facet.regime'), values: (await getRegimes()).map((r) => ({ value: r.id, label: r.name[locale] })) },
  ];
}
