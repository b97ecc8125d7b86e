// The Frictionless Data Package descriptor of every CSV (schemas, units, licence, sources).
import type { APIRoute } from 'astro';
import { dataPackageJson } from '../../lib/data-files';

export const GET: APIRoute = async () => new Response(await dataPackageJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
