// Locale-neutral JSON downloads of the atlas's structured data (fields documented in the README).
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_ENDPOINTS } from '../../lib/data-endpoints';
import { endpointJson } from '../../lib/data-files';

export const getStaticPaths = (() => DATA_ENDPOINTS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await endpointJson(params.name as (typeof DATA_ENDPOINTS)[number]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
