// Locale-neutral JSON downloads of the atlas's structured data (fields documented in the README).
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_ENDPOINTS, endpointData } from '../../lib/data-endpoints';

export const getStaticPaths = (() => DATA_ENDPOINTS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await endpointData(params.name as (typeof DATA_ENDPOINTS)[number]), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
