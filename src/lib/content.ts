/**
 * The one query module: the only place that calls `getCollection`. It joins prose to its
 * locale-neutral data, resolves references to plain ids, and fails the build (naming the
 * file) when prose and data do not pair up. Everything it returns is plain typed data.
 */
import { getCollection as rawGetCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { ContentError } from '../loaders/errors';
import { contentPath } from '../loaders/content-root';
import type { Locale } from '../i18n/locales';
import { checkMatrix } from './matrix';
import { scanCites } from './cite-scan';

type Reference = { id: string };

/** Collections as the rest of the site sees them: only after every reference has been checked. */
async function getCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  await checkReferences();
  return rawGetCollection(name);
}
const ids = (refs: readonly Reference[]): string[] => refs.map((r) => r.id);
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
};
/** Every collection that holds entries others can reference. */
const REFERENCED = ['cityData', 'regimeData', 'principleData', 'actors', 'sources', 'caseData', 'glossary'] as const;
const ALL_COLLECTIONS = [...REFERENCED, 'cities', 'regimes', 'principles', 'cases', 'pages', 'responsibilities', 'findings', 'evaluationTools', 'keyFigures', 'datasets', 'questions'] as const;

/**
 * Fails the build, naming the file, the entry and the field, when a reference points at an
 * id that does not exist (Astro's reference() checks the shape, not that the target exists).
 */
const checkReferences = once(async () => {
  const known = new Map<string, Set<string>>();
  for (const c of REFERENCED) known.set(c, new Set((await rawGetCollection(c)).map((e) => e.id)));
  const walk = (value: unknown, at: string[], where: { file: string; id: string }) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, String(i)], where));
    else if (value && typeof value === 'object') {
      const ref = value as { collection?: unknown; id?: unknown };
      if (typeof ref.collection === 'string' && typeof ref.id === 'string' && Object.keys(value).length === 2) {
        if (!known.get(ref.collection)?.has(ref.id)) {
          throw new ContentError(where.file, `entry "${where.id}": field "${at.join('.')}": unknown ${ref.collection} id "${ref.id}"`);
        }
        return;
      }
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k], where);
    }
  };
  for (const c of ALL_COLLECTIONS) {
    for (const e of await rawGetCollection(c)) walk(e.data, [], { file: e.filePath ?? c, id: e.id });
  }
});

const slugOf = (proseId: string): string => proseId.slice(proseId.indexOf('/') + 1);
const localeOf = (proseId: string): Locale => proseId.slice(0, proseId.indexOf('/')) as Locale;

export type ProseEntry<K extends 'cities' | 'regimes' | 'principles' | 'cases' | 'pages'> = CollectionEntry<K>;

/** Fails when a prose file has no data entry, or a data entry has no prose, in `kind`. */
function pairUp(kind: string, proseIds: string[], dataIds: string[], dataFile: string): void {
  const data = new Set(dataIds);
  for (const id of proseIds) {
    if (!data.has(slugOf(id))) {
      throw new ContentError(contentPath(localeOf(id), kind, `${slugOf(id)}.mdx`), `no entry "${slugOf(id)}" in ${dataFile}`);
    }
  }
  const prose = new Set(proseIds.map(slugOf));
  for (const id of dataIds) {
    if (!prose.has(id)) throw new ContentError(dataFile, `entry "${id}" has no prose: add ${contentPath('en', kind, `${id}.mdx`)} and its Swedish twin`);
  }
}

// --- Cities -------------------------------------------------------------------------
export type City = ReturnType<typeof toCity>;
const toCity = (e: CollectionEntry<'cityData'>) => ({
  ...e.data,
  regimes: e.data.regimes ? ids(e.data.regimes) : [],
  regimeCitation: e.data.regimeCitation ? { source: e.data.regimeCitation.source.id, at: e.data.regimeCitation.at } : undefined,
});

export const getAllCities = once(async () => {
  const all = (await getCollection('cityData')).map(toCity);
  const partners = all.filter((c) => c.partner).map((c) => c.id);
  pairUp('cities', (await getCollection('cities')).map((e) => e.id), partners, contentPath('data', 'cities.yaml'));
  return all.sort((a, b) => a.name.en.localeCompare(b.name.en));
});
/** The five partner cities, alphabetical. */
export const getCities = async () => (await getAllCities()).filter((c) => c.partner);
export const getCity = async (id: string) => {
  const city = (await getAllCities()).find((c) => c.id === id);
  if (!city) throw new Error(`unknown city "${id}"`);
  return city;
};

// --- Regimes and principles ------------------------------------------------------------
export type Regime = Awaited<ReturnType<typeof getRegimes>>[number];
export const getRegimes = once(async () => {
  const regimes = (await getCollection('regimeData')).map((e) => ({
    ...e.data,
    parent: e.data.parent?.id,
    citation: { source: e.data.citation.source.id, at: e.data.citation.at },
  }));
  const withPages = regimes.filter((r) => r.parent === undefined).map((r) => r.id);
  pairUp('regimes', (await getCollection('regimes')).map((e) => e.id), withPages, contentPath('data', 'regimes.yaml'));
  return regimes;
});

export type Principle = Awaited<ReturnType<typeof getPrinciples>>[number];
export const getPrinciples = once(async () => {
  const principles = (await getCollection('principleData'))
    .map((e) => ({ ...e.data, citation: { source: e.data.citation.source.id, at: e.data.citation.at } }))
    .sort((a, b) => a.number - b.number);
  pairUp('principles', (await getCollection('principles')).map((e) => e.id), principles.map((p) => p.id), contentPath('data', 'principles.yaml'));
  return principles;
});

// --- Cases -------------------------------------------------------------------------
const plainCitation = (c: { source: Reference; at: string }) => ({ source: c.source.id, at: c.at });

export type Case = Awaited<ReturnType<typeof getCases>>[number];
export const getCases = once(async () => {
  const data = await getCollection('caseData');
  pairUp('cases', (await getCollection('cases')).map((e) => e.id), data.map((e) => e.id), contentPath('data', 'cases'));
  return data.map((e) => ({
    id: e.id,
    ...e.data,
    city: e.data.city.id,
    principles: ids(e.data.principles),
    figures: e.data.figures.map((f) => ({ ...f, citation: plainCitation(f.citation) })),
    citations: e.data.citations.map(plainCitation),
  }));
});

// --- Prose ---------------------------------------------------------------------------
type ProseKind = 'cities' | 'regimes' | 'principles' | 'cases' | 'pages';

/** The prose entry for `slug` in `locale`; the loader guarantees both locales exist. */
export async function getProse<K extends ProseKind>(kind: K, locale: Locale, slug: string): Promise<CollectionEntry<K>> {
  const entry = (await getCollection(kind)).find((e) => e.id === `${locale}/${slug}`);
  if (!entry) throw new ContentError(contentPath(locale, kind, `${slug}.mdx`), 'file not found');
  return entry as CollectionEntry<K>;
}

/** Titles and summaries of every prose entry of a kind in one locale, keyed by slug. */
export async function getProseIndex(kind: ProseKind, locale: Locale): Promise<Map<string, { title: string; summary: string }>> {
  const entries = await getCollection(kind);
  return new Map(
    entries.filter((e) => localeOf(e.id) === locale).map((e) => [slugOf(e.id), { title: e.data.title, summary: e.data.summary }]),
  );
}

/** Free-standing pages (`content/<locale>/pages`): slugs and the source they describe, if any. */
export const getPageSlugs = once(async () =>
  (await getCollection('pages'))
    .filter((e) => localeOf(e.id) === 'en')
    .map((e) => ({ slug: slugOf(e.id), source: e.data.source?.id })),
);

// --- Structured data ----------------------------------------------------------------------
export type Actor = CollectionEntry<'actors'>['data'];
export const getActors = once(async () => new Map((await getCollection('actors')).map((e) => [e.id, e.data])));

export type Source = CollectionEntry<'sources'>['data'];
export const getSources = once(async () => (await getCollection('sources')).map((e) => e.data));

export const getGlossary = once(async () =>
  (await getCollection('glossary')).map((e) => ({ ...e.data, citation: plainCitation(e.data.citation) })),
);
export type GlossaryTerm = Awaited<ReturnType<typeof getGlossary>>[number];

export const getResponsibilityRows = once(async () =>
  (await getCollection('responsibilities')).map((e) => ({
    ...e.data,
    city: e.data.city.id,
    actors: ids(e.data.actors),
    lead: e.data.lead === 'unknown' ? ('unknown' as const) : { actor: e.data.lead.actor.id, citation: plainCitation(e.data.lead.citation) },
    citations: e.data.citations.map(plainCitation),
  })),
);
export type ResponsibilityRow = Awaited<ReturnType<typeof getResponsibilityRows>>[number];

export const getFindings = once(async () =>
  (await getCollection('findings')).map((e) => ({
    ...e.data,
    principle: e.data.principle.id,
    city: e.data.city.id,
    cases: ids(e.data.cases),
    citations: e.data.citations.map(plainCitation),
  })),
);
export type Finding = Awaited<ReturnType<typeof getFindings>>[number];

export const getEvaluationTools = once(async () =>
  (await getCollection('evaluationTools')).map((e) => ({
    ...e.data,
    city: e.data.city.id,
    case: e.data.case?.id,
    citations: e.data.citations.map(plainCitation),
  })),
);
export type EvaluationTool = Awaited<ReturnType<typeof getEvaluationTools>>[number];

export const getDatasets = once(async () =>
  (await getCollection('datasets')).map((e) => ({ ...e.data, citation: plainCitation(e.data.citation) })),
);
export type Dataset = Awaited<ReturnType<typeof getDatasets>>[number];

/** Tables 1–4, checked complete for the partner cities. */
export const getResponsibilities = once(async () => {
  const rows = await getResponsibilityRows();
  checkMatrix(rows, (await getCities()).map((c) => c.id), contentPath('data', 'responsibilities.yaml'));
  return rows;
});

const PROSE_KINDS = ['cities', 'regimes', 'principles', 'cases', 'pages'] as const;
const ROUTE_OF: Record<(typeof PROSE_KINDS)[number], string> = {
  cities: 'cities/',
  regimes: 'regimes/',
  principles: 'principles/',
  cases: 'cases/',
  pages: '',
};

/** Every prose page in `locale` whose text cites `sourceId`: title and path (without locale). */
export async function getCitingPages(locale: Locale, sourceId: string): Promise<Array<{ title: string; path: string }>> {
  const pages: Array<{ title: string; path: string }> = [];
  for (const kind of PROSE_KINDS) {
    for (const e of await getCollection(kind)) {
      if (localeOf(e.id) !== locale || !scanCites(e.body ?? '').some((c) => c.source === sourceId)) continue;
      const slug = slugOf(e.id);
      if (kind === 'pages' && (slug.startsWith('source-'))) continue;
      pages.push({ title: e.data.title, path: kind === 'pages' && slug === 'home' ? '/' : `/${ROUTE_OF[kind]}${slug}/` });
    }
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title, locale));
}

export const getKeyFigures = once(async () =>
  (await getCollection('keyFigures')).map((e) => ({ ...e.data, city: e.data.city.id, case: e.data.case?.id, citation: plainCitation(e.data.citation) })),
);
export type KeyFigure = Awaited<ReturnType<typeof getKeyFigures>>[number];

/** The questions as plain data (ids, not references); `src/lib/questions.ts` checks them against the rest. */
export const getQuestionEntries = once(async () =>
  (await getCollection('questions')).map((e) => ({
    ...e.data,
    glossary: ids(e.data.glossary),
    answers: Object.fromEntries(
      Object.entries(e.data.answers).map(([city, a]) => [city, { ...a, cases: ids(a.cases), citations: a.citations.map(plainCitation) }]),
    ),
    differences: { text: e.data.differences.text, citations: e.data.differences.citations.map(plainCitation) },
  })),
);
