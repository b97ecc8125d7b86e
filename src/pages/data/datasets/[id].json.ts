// The table as JSON: its metadata (title, unit, notes, how to cite, sources, licence, edition, fields) and the same rows as its CSV.
import type { APIRoute } from 'astro';
import { tableFiles } from '../../../lib/data-files';

export const getStaticPaths = async () => [...(await tableFiles()).values()].filter((f) => f.table.kind === 'dataset').map((f) => ({ params: { id: f.table.id } }));
export const GET: APIRoute = async ({ params }) =>
  new Response((await tableFiles()).get(`/data/datasets/${params.id}`)!.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
