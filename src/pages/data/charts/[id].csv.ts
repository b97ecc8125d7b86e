// CSV of the data behind each chart that is not a dataset (one row per mark).
import type { APIRoute } from 'astro';
import { CHART_IDS, chartData, type ChartId } from '../../../lib/chart-data';
import { csvResponse, toCsv } from '../../../lib/csv';

export const getStaticPaths = () => CHART_IDS.map((id) => ({ params: { id } }));
export const GET: APIRoute = async ({ params }) => {
  const rows = await chartData(params.id as ChartId);
  return csvResponse(toCsv(rows, Object.keys(rows[0] ?? {})));
};
