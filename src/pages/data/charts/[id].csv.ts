// The table's values as CSV (UTF-8 with BOM, formula-safe): see src/lib/data-files.ts.
import type { APIRoute } from 'astro';
import { tableFiles } from '../../../lib/data-files';
import { csvResponse } from '../../../lib/csv';

export const getStaticPaths = async () => [...(await tableFiles()).values()].filter((f) => f.table.kind === 'chart').map((f) => ({ params: { id: f.table.id } }));
export const GET: APIRoute = async ({ params }) => csvResponse((await tableFiles()).get(`/data/charts/${params.id}`)!.csv);
