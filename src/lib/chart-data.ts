/**
 * The one builder of the data behind the charts that are not datasets. The figures draw
 * from these rows and the CSV/JSON downloads serve them, so a download holds exactly the
 * values drawn. Locale-neutral and flat: one row per chart mark, plain values only, the
 * first column the row's key (the mark's `data-row` on the page).
 */
import { getCities, getFindings, getKeyFigures, getPrinciples, getResponsibilities } from './content';
import type { TableNumber } from '../schemas/responsibilities';

export type FlatRow = Record<string, string | number | null>;

export const CHART_IDS = ['map-cities', 'regime-typology', 'principle-findings', 'responsibility-table-1', 'responsibility-table-2', 'responsibility-table-3', 'responsibility-table-4', 'key-figures'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Lists inside one CSV cell: ids separated by "; ". */
export const LIST_SEPARATOR = '; ';
const joinIds = (ids: readonly string[]) => ids.join(LIST_SEPARATOR);
/** Citations inside one CSV cell: "<source id> <locator>", separated by "; ". */
export const cited = (cs: ReadonlyArray<{ source: string; at: string }>) => cs.map((x) => `${x.source} ${x.at}`).join(LIST_SEPARATOR);

export async function chartData(id: ChartId): Promise<FlatRow[]> {
  if (id === 'map-cities') {
    return (await getCities()).map((c) => ({ city: c.id, name_en: c.name.en, name_sv: c.name.sv, country: c.country, lat: c.coordinates.lat, lon: c.coordinates.lon }));
  }
  if (id === 'regime-typology') {
    return (await getCities()).map((c) => ({
      city: c.id,
      regimes: joinIds(c.regimes),
      hybrid: c.regimes.length > 1 ? 'yes' : 'no',
      wording_en: c.regimeWording?.en ?? null,
      wording_sv: c.regimeWording?.sv ?? null,
      source: c.regimeCitation?.source ?? null,
      at: c.regimeCitation?.at ?? null,
    }));
  }
  if (id === 'principle-findings') {
    const findings = await getFindings();
    const cities = await getCities();
    return (await getPrinciples()).flatMap((p) =>
      cities.map((c) => {
        const f = findings.find((x) => x.principle === p.id && x.city === c.id)!; // complete for every partner city (lib/integrity)
        return { id: f.id, principle: p.id, city: c.id, status: f.status, gist_en: f.gist.en, gist_sv: f.gist.sv, citations: cited(f.citations) };
      }),
    );
  }
  if (id === 'key-figures') {
    return (await getKeyFigures()).map((k) => ({ figure: k.id, city: k.city, part: k.part, whole: k.whole, caption_en: k.caption.en, caption_sv: k.caption.sv, source: k.citation.source, at: k.citation.at }));
  }
  const table = Number(id.slice(-1)) as TableNumber;
  return (await getResponsibilities())
    .filter((r) => r.table === table)
    .map((r) => ({
      id: r.id,
      table: r.table,
      function: r.function,
      city: r.city,
      actors: joinIds(r.actors),
      municipal_role: r.municipalRole,
      lead: r.lead === 'unknown' ? 'unknown' : r.lead.actor,
      text_en: r.text?.en ?? null,
      text_sv: r.text?.sv ?? null,
      citations: cited(r.citations),
    }));
}

/** A row's value as the CSV writes it: null and absent as empty text. */
export const field = (row: FlatRow, name: string): string => (row[name] === null || row[name] === undefined ? '' : String(row[name]));
