// All data in one zip: the Data Package descriptor, every CSV/JSON/xlsx and the JSON tables.
import type { APIRoute } from 'astro';
import { dataZip } from '../../lib/data-files';

export const GET: APIRoute = async () => new Response(new Uint8Array(await dataZip()), { headers: { 'Content-Type': 'application/zip' } });
