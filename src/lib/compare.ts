/**
 * The compare view's model: topics (dimensions) × partner cities, every cell with its
 * citation. Topic ids are stable URL values (`?topics=social-housing,principle-5`).
 */
import { getCities, getFindings, getPrinciples, getResponsibilities, type ResponsibilityRow } from './content';
import type { MunicipalRole } from './matrix';
import { paths } from './routes';
import type { Citation } from './citations';
import { TABLE_FUNCTIONS, type TableNumber } from '../schemas/responsibilities';

export const TABLE_TOPICS = { organisation: 1, 'social-housing': 2, 'supported-housing': 3, employment: 4 } as const satisfies Record<string, TableNumber>;
export const TOPIC_IDS = ['regime', ...Object.keys(TABLE_TOPICS), 'principle-1', 'principle-2', 'principle-3', 'principle-4', 'principle-5', 'principle-6'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

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
export interface CompareTopic {
  id: TopicId;
  /** For table topics, the report table; for principles, the principle id. */
  table?: TableNumber;
  principle?: { id: string; number: number };
  rows: CompareRow[];
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
  for (const [id, table] of Object.entries(TABLE_TOPICS) as Array<[TopicId, TableNumber]>) {
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
      id: `principle-${p.number}` as TopicId,
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
