/**
 * The compare view's model: topics (dimensions) × partner cities, every cell with its
 * citation. Topic ids are stable URL values (`?topics=social-housing,principle-5`).
 */
import { getCities, getFindings, getPrinciples, getResponsibilities, type ResponsibilityRow } from './content';
import type { MunicipalRole } from './matrix';
import { paths } from './routes';
import type { Citation } from './citations';
import { principleTopic, TABLE_TOPICS, type PrincipleTopicId, type TableTopicId, type TopicId } from './compare-topics';
import { TABLE_FUNCTIONS, type TableNumber } from '../schemas/responsibilities';

/** What the view shows on arrival without a choice in the URL: every city on one topic, the study's core. */
export const DEFAULT_TOPICS: readonly TopicId[] = ['social-housing'];

/**
 * A common question answered by a set of topics (every city): labelled by the UI string
 * `compare.preset.<id>`, or, for a principle's preset, by the principle's short name.
 */
export type ComparePreset =
  | { id: 'housing' | 'employment' | 'organisation' | 'regime'; topics: TopicId[]; principle?: undefined }
  | { id: PrincipleTopicId; topics: TopicId[]; principle: { id: string; number: number } };

/** One cell of the comparison: what to show for a city on one row of a topic. */
export type CompareCell =
  | { kind: 'regime'; regimes: string[]; wording: { en: string; sv: string } | undefined; citations: Citation[] }
  | { kind: 'responsibility'; row: ResponsibilityRow; role: MunicipalRole; citations: Citation[] }
  | { kind: 'finding'; status: 'reported' | 'not-reported'; text: { en: string; sv: string } | undefined; href: string; citations: Citation[] };

export interface CompareRow {
  /** The row's key: a table function, `regime` or `finding`. */
  key: string;
  cells: CompareCell[];
}
/** A topic: the regime, one of Tables 1–4 (with its number) or a principle (with its id and number). */
export type CompareTopic = { rows: CompareRow[] } & (
  | { id: 'regime'; table?: undefined; principle?: undefined }
  | { id: TableTopicId; table: TableNumber; principle?: undefined }
  | { id: PrincipleTopicId; table?: undefined; principle: { id: string; number: number } }
);

/**
 * What a cell says, reduced to what "show only where the cities differ" compares: the bodies
 * named and the municipal role, the regimes, or a finding's status (every reported finding
 * counts as different, since each is its own text).
 */
export function cellSignature(cell: CompareCell): string {
  if (cell.kind === 'regime') return cell.regimes.join('+');
  if (cell.kind === 'responsibility') return `${cell.role}:${cell.row.actors.join(',')}:${cell.row.text?.en ?? ''}`;
  return cell.status === 'reported' ? `reported:${cell.href}` : cell.status;
}

/** The common questions: housing, employment, organisation, regime, and each principle. */
export function comparePresets(topics: readonly CompareTopic[]): ComparePreset[] {
  return [
    { id: 'housing', topics: ['social-housing', 'supported-housing'] },
    { id: 'employment', topics: ['employment'] },
    { id: 'organisation', topics: ['organisation'] },
    { id: 'regime', topics: ['regime'] },
    ...topics.flatMap((t) => (t.principle ? [{ id: t.id, topics: [t.id], principle: t.principle }] : [])),
  ];
}

export async function compareModel(): Promise<{ cityIds: string[]; topics: CompareTopic[] }> {
  const cities = await getCities();
  const rows = await getResponsibilities();
  const findings = await getFindings();
  const principles = await getPrinciples();
  const cityIds = cities.map((c) => c.id);

  const topics: CompareTopic[] = [
    {
      id: 'regime',
      rows: [{ key: 'regime', cells: cities.map((c) => ({ kind: 'regime', regimes: c.regimes, wording: c.regimeWording, citations: c.regimeCitation ? [c.regimeCitation] : [] })) }],
    },
  ];
  for (const [id, table] of Object.entries(TABLE_TOPICS) as Array<[TableTopicId, TableNumber]>) {
    topics.push({
      id,
      table,
      rows: TABLE_FUNCTIONS[table].map((fn) => ({
        key: fn,
        cells: cityIds.map((city) => {
          const row = rows.find((r) => r.table === table && r.function === fn && r.city === city)!;
          const citations = row.lead === 'unknown' ? row.citations : [...row.citations, row.lead.citation];
          return { kind: 'responsibility', row, role: row.municipalRole, citations };
        }),
      })),
    });
  }
  for (const p of principles) {
    topics.push({
      id: principleTopic(p.number),
      principle: { id: p.id, number: p.number },
      rows: [
        {
          key: 'finding',
          cells: cityIds.map((city) => {
            // The integrity check guarantees a finding for every principle and partner city.
            const f = findings.find((x) => x.principle === p.id && x.city === city)!;
            return { kind: 'finding', status: f.status, text: f.text, href: paths.finding(p.id, f.id), citations: f.citations };
          }),
        },
      ],
    });
  }
  return { cityIds, topics };
}
