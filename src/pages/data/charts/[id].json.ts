// JSON of the data behind each chart that is not a dataset: the same rows as its CSV.
import type { APIRoute } from 'astro';
import { CHART_IDS, chartData, type ChartId } from '../../../lib/chart-data';
import { jsonResponse } from '../../../lib/csv';

export const getStaticPaths = () => CHART_IDS.map((id) => ({ params: { id } }));
export const GET: APIRoute = async ({ params }) => jsonResponse(await chartData(params.id as ChartId));
