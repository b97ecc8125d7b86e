/**
 * The locale-neutral, flat tables behind the charts that are not datasets: what their CSV
 * and JSON downloads hold. One row per chart mark (or mark row), plain values only.
 */
import { getCities, getFindings, getKeyFigures, getPrinciples, getResponsibilities } from './content';
import type { TableNumber } from '../schemas/responsibilities';

export type FlatRow = Record<string, string | number | null>;

export const CHART_IDS = ['map-cities', 'regime-typology', 'principle-findings', 'responsibility-table-1', 'responsibility-table-2', 'responsibility-table-3', 'responsibility-table-4', 'key-figures'] as const;
export type ChartId = (typeof CHART_IDS)[number];

const joinIds = (ids: readonly string[]) => ids.join('; ');

export async function chartData(id: ChartId): Promise<FlatRow[]> {
  if (id === 'map-cities') {
    return (await getCities()).map((c) => ({ city: c.id, name_en: c.name.en, name_sv: c.name.sv, country: c.country, lat: c.coordinates.lat, lon: c.coordinates.lon }));
  }
  if (id === 'regime-typology') {
    return (await getCities()).map((c) => ({ city: c.id, regimes: joinIds(c.regimes), hybrid: c.regimes.length > 1 ? 'yes' : 'no', wording_en: c.regimeWording?.en ?? null, source: c.regimeCitation?.source ?? null, at: c.regimeCitation?.at ?? null }));
  }
  if (id === 'principle-findings') {
    const findings = await getFindings();
    const cities = await getCities();
    return (await getPrinciples()).flatMap((p) =>
      cities.map((c) => {
        const f = findings.find((x) => x.principle === p.id && x.city === c.id);
        return { principle: p.number, city: c.id, status: f?.status ?? null, text_en: f?.text?.en ?? null, citations: f ? f.citations.map((x) => `${x.source} ${x.at}`).join('; ') : null };
      }),
    );
  }
  if (id === 'key-figures') {
    return (await getKeyFigures()).map((k) => ({ figure: k.id, city: k.city, part: k.part, whole: k.whole, caption_en: k.caption.en, source: k.citation.source, at: k.citation.at }));
  }
  const table = Number(id.slice(-1)) as TableNumber;
  return (await getResponsibilities())
    .filter((r) => r.table === table)
    .map((r) => ({
      table: r.table,
      function: r.function,
      city: r.city,
      actors: joinIds(r.actors),
      municipal_role: r.municipalRole,
      lead: r.lead === 'unknown' ? 'unknown' : r.lead.actor,
      citations: r.citations.map((x) => `${x.source} ${x.at}`).join('; '),
    }));
}
