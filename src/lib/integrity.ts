/**
 * Every cross-collection rule of the content, in one place, run once before any page is
 * rendered. Single-file problems (malformed YAML, a field of the wrong type) fail earlier,
 * in the loaders; what only shows when collections are seen together is checked here:
 * references resolve, prose has its twin and its data entry, every `<Cite>` names a known
 * source with a locator, the responsibility matrix and the principle × city findings are
 * complete for every partner city, and the regimes' column order keeps related regimes together.
 *
 * Pure: it takes a snapshot of plain entries and returns every problem, sorted, so one
 * build reports all of them and unit tests can run it on small in-memory fixtures.
 */
import { scanCites } from './cite-scan';
import { questionProblems } from './question-check';
import { cellId } from './matrix';
import { topicIds } from './compare-topics';
import { TABLE_FUNCTIONS, TABLE_NUMBERS, TEXT_ONLY_FUNCTIONS } from '../schemas/responsibilities';

/** One data entry as its loader stored it; references are Astro's `{ collection, id }`. */
export interface DataEntry {
  id: string;
  /** The file the entry came from, as error messages show it. */
  file: string;
  data: Record<string, unknown>;
}

/** One prose file (`content/<locale>/<kind>/<slug>.mdx`). */
export interface ProseFile {
  kind: ProseKind;
  locale: string;
  slug: string;
  file: string;
  /** The whole file, front matter included, so line numbers are the ones an editor sees. */
  text: string;
}

export type ProseKind = 'cities' | 'regimes' | 'principles' | 'cases' | 'pages' | (string & {});

export interface Snapshot {
  locales: readonly string[];
  /** Every data collection's entries, by collection name (`cityData`, `findings`, …). */
  data: Record<string, DataEntry[]>;
  prose: ProseFile[];
  /** How to write a path to a prose file that does not exist yet (for the fix). */
  prosePath: (locale: string, kind: string, slug: string) => string;
  /** Where entries of a collection live, for problems about a missing entry. */
  dataFile: (collection: string) => string;
}

export interface Problem {
  file: string;
  /** The entry (id) the problem is about, when there is one. */
  entry?: string;
  /** The field, as a dotted path. */
  field?: string;
  problem: string;
  /** What to do about it (some problems say it in their own words). */
  fix?: string;
}

/** Astro's `reference()` resolves to exactly `{ collection, id }`: that is what a reference looks like in a stored entry. */
const asReference = (value: object): { collection: string; id: string } | undefined => {
  const ref = value as { collection?: unknown; id?: unknown };
  return typeof ref.collection === 'string' && typeof ref.id === 'string' && Object.keys(value).length === 2
    ? { collection: ref.collection, id: ref.id }
    : undefined;
};

function checkReferences(s: Snapshot): Problem[] {
  const known = new Map(Object.entries(s.data).map(([c, entries]) => [c, new Set(entries.map((e) => e.id))]));
  const problems: Problem[] = [];
  const walk = (value: unknown, at: string[], entry: DataEntry) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, String(i)], entry));
    else if (value && typeof value === 'object') {
      const ref = asReference(value);
      if (!ref) {
        for (const [k, v] of Object.entries(value)) walk(v, [...at, k], entry);
      } else if (!known.get(ref.collection)?.has(ref.id)) {
        problems.push({
          file: entry.file,
          entry: entry.id,
          field: at.join('.'),
          problem: `unknown ${ref.collection} id "${ref.id}"`,
          fix: `use an id from ${s.dataFile(ref.collection)}, or add the entry there`,
        });
      }
    }
  };
  for (const entries of Object.values(s.data)) for (const e of entries) walk(e.data, [], e);
  return problems;
}

function checkTwins(s: Snapshot): Problem[] {
  const have = new Set(s.prose.map((p) => `${p.kind}/${p.locale}/${p.slug}`));
  return s.prose.flatMap((p) =>
    s.locales
      .filter((other) => !have.has(`${p.kind}/${other}/${p.slug}`))
      .map((other) => ({
        file: p.file,
        problem: `has no twin in "${other}"`,
        fix: `add ${s.prosePath(other, p.kind, p.slug)} (every page exists in every language)`,
      })),
  );
}

/** Prose kinds that describe data entries one-to-one, and which entries need prose. */
const PAIRED: Array<{ kind: ProseKind; collection: string; needsProse: (data: Record<string, unknown>) => boolean }> = [
  { kind: 'cities', collection: 'cityData', needsProse: (d) => d.partner === true },
  { kind: 'regimes', collection: 'regimeData', needsProse: (d) => d.parent === undefined },
  { kind: 'principles', collection: 'principleData', needsProse: () => true },
  { kind: 'cases', collection: 'caseData', needsProse: () => true },
];

function checkPairs(s: Snapshot): Problem[] {
  const problems: Problem[] = [];
  for (const { kind, collection, needsProse } of PAIRED) {
    const entries = s.data[collection] ?? [];
    const withProse = new Set(entries.filter((e) => needsProse(e.data)).map((e) => e.id));
    const prose = s.prose.filter((p) => p.kind === kind);
    for (const p of prose) {
      if (!withProse.has(p.slug)) {
        problems.push({
          file: p.file,
          problem: `no entry "${p.slug}" in ${s.dataFile(collection)}`,
          fix: `add the entry "${p.slug}" to ${s.dataFile(collection)}, or rename or remove this file`,
        });
      }
    }
    const slugs = new Set(prose.map((p) => p.slug));
    for (const e of entries) {
      if (withProse.has(e.id) && !slugs.has(e.id)) {
        problems.push({
          file: e.file,
          entry: e.id,
          problem: 'has no prose',
          fix: `add ${s.locales.map((l) => s.prosePath(l, kind, e.id)).join(' and ')}`,
        });
      }
    }
  }
  return problems;
}

function checkCites(s: Snapshot): Problem[] {
  const sources = new Set((s.data.sources ?? []).map((e) => e.id));
  return s.prose.flatMap((p) =>
    scanCites(p.text).flatMap((tag): Problem[] => {
      const field = `line ${tag.line}: <Cite>`;
      if (tag.source === undefined || !sources.has(tag.source)) {
        return [{ file: p.file, field: `${field} field "source"`, problem: `unknown source id "${tag.source ?? ''}"`, fix: `use an id from ${s.dataFile('sources')}, or add the source there` }];
      }
      if (tag.at === undefined || tag.at.trim() === '') {
        return [{ file: p.file, field: `${field} field "at"`, problem: 'a locator is required', fix: 'give where in the source the fact is, e.g. at="§4.3.2", "Table 2", "Fact box 10"' }];
      }
      return [];
    }),
  );
}

const partnerIds = (s: Snapshot): string[] =>
  (s.data.cityData ?? []).filter((e) => e.data.partner === true).map((e) => e.id).sort();
const refId = (value: unknown): string | undefined => (value && typeof value === 'object' ? asReference(value)?.id : undefined);

function checkMatrix(s: Snapshot): Problem[] {
  const rows = s.data.responsibilities ?? [];
  const file = s.dataFile('responsibilities');
  const partners = partnerIds(s);
  const problems: Problem[] = [];
  const present = new Set<string>();
  for (const row of rows) {
    const d = row.data as { table: 1 | 2 | 3 | 4; function: string; city: unknown; actors: unknown[]; lead: unknown };
    const city = refId(d.city) ?? '';
    const expected = cellId(d.table, d.function, city);
    present.add(row.id);
    if (row.id !== expected) problems.push({ file: row.file, entry: row.id, field: 'id', problem: `must be "${expected}" (table, function and city)`, fix: `rename the entry to "${expected}"` });
    if (!partners.includes(city) && city !== '') {
      problems.push({ file: row.file, entry: row.id, field: 'city', problem: `"${city}" is not a partner city`, fix: 'Tables 1–4 cover partner cities only: set partner: true in cities.yaml or remove the row' });
    }
    if (d.lead !== 'unknown') {
      const lead = refId((d.lead as { actor?: unknown }).actor);
      if (TEXT_ONLY_FUNCTIONS.includes(d.function)) {
        problems.push({ file: row.file, entry: row.id, field: 'lead', problem: 'a text-only cell has no leading actor', fix: 'set lead: unknown' });
      } else if (lead !== undefined && !d.actors.map(refId).includes(lead)) {
        problems.push({ file: row.file, entry: row.id, field: 'lead', problem: `"${lead}" is not among the cell's actors`, fix: 'add the actor to "actors" or correct the lead' });
      }
    }
  }
  for (const table of TABLE_NUMBERS) {
    for (const fn of TABLE_FUNCTIONS[table]) {
      for (const city of partners) {
        const id = cellId(table, fn, city);
        if (!present.has(id)) {
          problems.push({ file, entry: id, problem: `missing cell of the responsibility matrix (Table ${table}, ${fn}, ${city})`, fix: `add a row with id "${id}"; where the report is silent, say so in its text and set lead: unknown` });
        }
      }
    }
  }
  return problems;
}

function checkFindings(s: Snapshot): Problem[] {
  const present = new Set((s.data.findings ?? []).map((f) => `${refId(f.data.principle)}|${refId(f.data.city)}`));
  const problems: Problem[] = [];
  for (const principle of s.data.principleData ?? []) {
    for (const city of partnerIds(s)) {
      if (!present.has(`${principle.id}|${city}`)) {
        const n = (principle.data as { number?: number }).number ?? '?';
        problems.push({
          file: s.dataFile('findings'),
          entry: `${n}-${city}`,
          problem: `missing finding for principle ${n} in ${city}`,
          fix: `add an entry "${n}-${city}"; where the report is silent, use status: not-reported with the section searched as its citation`,
        });
      }
    }
  }
  return problems;
}

/**
 * The regimes' `order` (the typology chart's columns): each position once, a sub-type beside
 * its parent and a hybrid city's two regimes side by side, so the chart needs no order of its own.
 */
function checkRegimeOrder(s: Snapshot): Problem[] {
  const regimes = (s.data.regimeData ?? []).map((e) => ({ id: e.id, file: e.file, order: (e.data as { order: number }).order, parent: refId(e.data.parent) }));
  const fileOf = new Map(regimes.map((r) => [r.id, r.file]));
  const problems: Problem[] = [];
  const first = new Map<number, string>();
  for (const r of regimes) {
    const other = first.get(r.order);
    if (other === undefined) first.set(r.order, r.id);
    else problems.push({ file: r.file, entry: r.id, field: 'order', problem: `${r.order} is also the order of "${other}"`, fix: 'give each regime its own position' });
  }
  const column = new Map([...regimes].sort((a, b) => a.order - b.order).map((r, i) => [r.id, i]));
  const apart = (a: string, b: string) => column.has(a) && column.has(b) && Math.abs(column.get(a)! - column.get(b)!) !== 1;
  for (const r of regimes) {
    if (r.parent !== undefined && apart(r.id, r.parent)) {
      problems.push({ file: r.file, entry: r.id, field: 'order', problem: `the sub-type is not beside its parent "${r.parent}"`, fix: 'give the two regimes neighbouring orders' });
    }
  }
  for (const city of s.data.cityData ?? []) {
    const [a, b] = ((city.data.regimes as unknown[] | undefined) ?? []).map(refId);
    if (a !== undefined && b !== undefined && apart(a, b)) {
      problems.push({ file: fileOf.get(a)!, entry: a, field: 'order', problem: `"${a}" and "${b}" are not side by side, but ${city.id} is a hybrid of the two`, fix: 'give the two regimes neighbouring orders' });
    }
  }
  return problems;
}

/** The question layer's rules (lib/question-check): answers for every partner city, from rows, findings and datasets that exist and belong to that city. */
function checkQuestions(s: Snapshot): Problem[] {
  const file = s.dataFile('questions');
  const cityOf = (entries: DataEntry[] | undefined) => new Map((entries ?? []).map((e) => [e.id, refId(e.data.city) ?? '']));
  const questions = (s.data.questions ?? []).map((e) => {
    const d = e.data as { compare: string[]; answers: Record<string, { rows?: string[]; findings?: string[]; datasets?: string[] }> };
    const answers = Object.fromEntries(Object.entries(d.answers).map(([city, a]) => [city, { rows: a.rows ?? [], findings: a.findings ?? [], datasets: a.datasets ?? [] }]));
    return { id: e.id, compare: d.compare, answers };
  });
  return questionProblems(file, questions, {
    partners: partnerIds(s),
    rows: cityOf(s.data.responsibilities),
    findings: cityOf(s.data.findings),
    datasets: new Set((s.data.datasets ?? []).map((e) => e.id)),
    // The compare view's topics, which questions may link to: one per principle in the data.
    compareTopics: topicIds((s.data.principleData ?? []).map((e) => (e.data as { number: number }).number)),
  }).map((text) => ({ file, problem: text.slice(file.length + 2) }));
}

const RULES = [checkReferences, checkTwins, checkPairs, checkCites, checkMatrix, checkFindings, checkRegimeOrder, checkQuestions];

const order = (p: Problem): string => [p.file, p.entry ?? '', p.field ?? '', p.problem].join('\u0000');

/** Every problem of the snapshot, sorted by file, entry and field (so output is deterministic). */
export function checkIntegrity(s: Snapshot): Problem[] {
  return RULES.flatMap((rule) => rule(s)).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** All problems in one message, grouped by file, each with its fix. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) {
      const where = [p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
      lines.push(`  - ${where ? `${where}: ` : ''}${p.problem}`, ...(p.fix ? [`    fix: ${p.fix}`] : []));
    }
  }
  return lines.join('\n');
}
