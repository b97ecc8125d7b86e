// The table as an Excel workbook: a "Data" sheet (formula-safe) and a "Metadata" sheet with how to cite it.
import type { APIRoute } from 'astro';
import { tableFiles } from '../../../lib/data-files';

export const getStaticPaths = async () => [...(await tableFiles()).values()].filter((f) => f.table.kind === 'dataset').map((f) => ({ params: { id: f.table.id } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array((await tableFiles()).get(`/data/datasets/${params.id}`)!.xlsx), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
