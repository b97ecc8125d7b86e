// A dataset's values as JSON: the same rows as its CSV (descriptions are in /data/datasets.json).
import type { APIRoute } from 'astro';
import { getDatasets } from '../../../lib/content';
import { jsonResponse } from '../../../lib/csv';

export const getStaticPaths = async () => (await getDatasets()).map((d) => ({ params: { id: d.id }, props: { d } }));
export const GET: APIRoute = ({ props }) => jsonResponse((props.d as Awaited<ReturnType<typeof getDatasets>>[number]).rows);
