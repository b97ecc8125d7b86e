/**
 * The one query module: the only place that calls `getCollection`. It joins prose to its
 * locale-neutral data, resolves references to plain ids, and fails the build (naming the
 * file) when prose and data do not pair up. Everything it returns is plain typed data.
 */
import { readFile } from 'node:fs/promises';
import { getCollection as rawGetCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { ContentError } from '../loaders/errors';
import { contentPath } from '../loaders/content-root';
import { LOCALES, type Locale } from '../i18n/locales';
import { checkIntegrity, formatProblems, type DataEntry, type ProseFile } from './integrity';
import { municipalRole } from './matrix';
import { scanCites } from './cite-scan';
import { paths } from './routes';

type Reference = { id: string };

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
};
const ids = (refs: readonly Reference[]): string[] => refs.map((r) => r.id);

const PROSE_KINDS = ['cities', 'regimes', 'principles', 'cases', 'pages'] as const;
type ProseKind = (typeof PROSE_KINDS)[number];
const DATA_COLLECTIONS = ['cityData', 'regimeData', 'principleData', 'actors', 'sources', 'caseData', 'glossary', 'responsibilities', 'findings', 'evaluationTools', 'keyFigures', 'datasets', 'questions'] as const;
/** Where each data collection lives, for messages about entries that are missing. */
const DATA_FILES: Record<string, string[]> = {
  cityData: ['data', 'cities.yaml'], regimeData: ['data', 'regimes.yaml'], principleData: ['data', 'principles.yaml'],
  actors: ['data', 'actors.yaml'], sources: ['data', 'sources.yaml'], caseData: ['data', 'cases', '<id>.yaml'],
  glossary: ['data', 'glossary.yaml'], responsibilities: ['data', 'responsibilities.yaml'], findings: ['data', 'findings.yaml'],
  evaluationTools: ['data', 'evaluation-tools.yaml'], keyFigures: ['data', 'key-figures.yaml'], datasets: ['data', 'datasets.yaml'],
  questions: ['data', 'questions.yaml'],
};

const slugOf = (proseId: string): string => proseId.slice(proseId.indexOf('/') + 1);
const localeOf = (proseId: string): Locale => proseId.slice(0, proseId.indexOf('/')) as Locale;

/**
 * The content as the rest of the site sees it: only after src/lib/integrity.ts has checked
 * every cross-collection rule once and found nothing. All problems fail the build together.
 */
const checked = once(async () => {
  const data: Record<string, DataEntry[]> = {};
  for (const c of DATA_COLLECTIONS) {
    data[c] = (await rawGetCollection(c)).map((e) => ({ id: e.id, file: e.filePath ?? contentPath(...DATA_FILES[c]!), data: e.data as Record<string, unknown> }));
  }
  const prose: ProseFile[] = [];
  for (const kind of PROSE_KINDS) {
    for (const e of await rawGetCollection(kind)) {
      const [locale, slug] = [localeOf(e.id), slugOf(e.id)];
      const file = contentPath(locale, kind, `${slug}.mdx`);
      prose.push({ kind, locale, slug, file, text: await readFile(file, 'utf8') });
    }
  }
  const problems = checkIntegrity({
    locales: LOCALES,
    data,
    prose,
    prosePath: (locale, kind, slug) => contentPath(locale, kind, `${slug}.mdx`),
    dataFile: (c) => contentPath(...(DATA_FILES[c] ?? ['data', `${c}.yaml`])),
  });
  if (problems.length > 0) throw new ContentError(contentPath(), `\n${formatProblems(problems)}`);
});

async function getCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  await checked();
  return rawGetCollection(name);
}

export type ProseEntry<K extends ProseKind> = CollectionEntry<K>;

// --- Cities -------------------------------------------------------------------------
export type City = ReturnType<typeof toCity>;
const toCity = (e: CollectionEntry<'cityData'>) => ({
  ...e.data,
  regimes: e.data.regimes ? ids(e.data.regimes) : [],
  regimeCitation: e.data.regimeCitation ? { source: e.data.regimeCitation.source.id, at: e.data.regimeCitation.at } : undefined,
});

export const getAllCities = once(async () => {
  const all = (await getCollection('cityData')).map(toCity);
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
  return regimes;
});

export type Principle = Awaited<ReturnType<typeof getPrinciples>>[number];
export const getPrinciples = once(async () => {
  const principles = (await getCollection('principleData'))
    .map((e) => ({ ...e.data, citation: { source: e.data.citation.source.id, at: e.data.citation.at } }))
    .sort((a, b) => a.number - b.number);
  return principles;
});

// --- Cases -------------------------------------------------------------------------
const plainCitation = (c: { source: Reference; at: string }) => ({ source: c.source.id, at: c.at });

export type Case = Awaited<ReturnType<typeof getCases>>[number];
export const getCases = once(async () => {
  return (await getCollection('caseData')).map((e) => ({
    id: e.id,
    ...e.data,
    city: e.data.city.id,
    principles: ids(e.data.principles),
    figures: e.data.figures.map((f) => ({ ...f, citation: plainCitation(f.citation) })),
    citations: e.data.citations.map(plainCitation),
  }));
});

// --- Prose ---------------------------------------------------------------------------

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

/**
 * Tables 1–4, one row per (table, function, partner city), with the municipality's role
 * derived here, once, from the spheres of the cell's actors (see lib/matrix).
 */
export const getResponsibilities = once(async () => {
  const actors = await getActors();
  return (await getCollection('responsibilities')).map((e) => {
    const cellActors = ids(e.data.actors);
    return {
      ...e.data,
      city: e.data.city.id,
      actors: cellActors,
      lead: e.data.lead === 'unknown' ? ('unknown' as const) : { actor: e.data.lead.actor.id, citation: plainCitation(e.data.lead.citation) },
      citations: e.data.citations.map(plainCitation),
      municipalRole: municipalRole({ table: e.data.table, actors: cellActors }, (a) => actors.get(a)!.sphere),
    };
  });
});
export type ResponsibilityRow = Awaited<ReturnType<typeof getResponsibilities>>[number];

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

/** The page of each kind of prose, from the route table. */
const PATH_OF: Record<ProseKind, (slug: string) => string> = {
  cities: paths.city,
  regimes: (slug) => paths.regime({ id: slug }),
  principles: paths.principle,
  cases: paths.case,
  pages: (slug) => (slug === 'home' ? paths.home() : paths.page(slug)),
};

/** The prose files that hold `<Cite source at>` (for a render error to name the .mdx file, not only the page). */
export async function getCiteFiles(source: string, at: string): Promise<string[]> {
  const files: string[] = [];
  for (const kind of PROSE_KINDS) {
    for (const e of await getCollection(kind)) {
      if (scanCites(e.body ?? '').some((c) => c.source === source && c.at === at)) files.push(e.filePath ?? e.id);
    }
  }
  return files.sort();
}

/** Every prose page in `locale` whose text cites `sourceId`: title and path (without locale). */
export async function getCitingPages(locale: Locale, sourceId: string): Promise<Array<{ title: string; path: string }>> {
  const pages: Array<{ title: string; path: string }> = [];
  for (const kind of PROSE_KINDS) {
    for (const e of await getCollection(kind)) {
      if (localeOf(e.id) !== locale || !scanCites(e.body ?? '').some((c) => c.source === sourceId)) continue;
      const slug = slugOf(e.id);
      if (kind === 'pages' && (slug.startsWith('source-'))) continue;
      pages.push({ title: e.data.title, path: PATH_OF[kind](slug) });
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
