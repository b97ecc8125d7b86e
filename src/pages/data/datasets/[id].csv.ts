// A dataset's values as CSV, columns in the order its description gives.
import type { APIRoute } from 'astro';
import { getDatasets } from '../../../lib/content';
import { csvResponse, toCsv } from '../../../lib/csv';

export const getStaticPaths = async () => (await getDatasets()).map((d) => ({ params: { id: d.id }, props: { d } }));
export const GET: APIRoute = ({ props }) => {
  const d = props.d as Awaited<ReturnType<typeof getDatasets>>[number];
  return csvResponse(toCsv(d.rows, d.columns.map((c) => c.key)));
};
