/**
 * Tables 1–4 as matrices: functions × partner cities. Pure functions over plain rows, so
 * they are unit-tested without Astro. The municipal role is derived here from the actors.
 */
import { TABLE_FUNCTIONS, TABLE_NUMBERS, TEXT_ONLY_FUNCTIONS, type TableNumber } from '../schemas/responsibilities';
import type { ACTOR_SPHERES } from '../schemas/actors';
import { ContentError } from '../loaders/errors';

export interface MatrixRow {
  id: string;
  table: TableNumber;
  function: string;
  city: string;
  actors: string[];
  lead: 'unknown' | { actor: string };
}

/**
 * `not-applicable` is for cells where the source marks no role: every cell of Tables 1 and 4,
 * and text-only cells, which name no actors.
 */
export type MunicipalRole = 'sole' | 'shared' | 'none' | 'not-applicable';

/**
 * The tables whose legend marks the municipality's responsibility as sole or shared (Tables 2
 * and 3). Tables 1 and 4 have no such legend, and a Table 4 cell can name the municipality and
 * the state only to say that they do not cooperate (Prague), so a role derived there would
 * contradict the cell.
 */
export const ROLE_TABLES: readonly TableNumber[] = [2, 3];

/** Sole if every actor is municipal, shared if some are, none if none are (Tables 2–3 only). */
export function municipalRole(
  row: { readonly table: TableNumber; readonly actors: readonly string[] },
  sphereOf: (actor: string) => (typeof ACTOR_SPHERES)[number],
): MunicipalRole {
  const { actors } = row;
  if (!ROLE_TABLES.includes(row.table) || actors.length === 0) return 'not-applicable';
  const municipal = actors.filter((a) => sphereOf(a) === 'municipal').length;
  if (municipal === 0) return 'none';
  return municipal === actors.length ? 'sole' : 'shared';
}

/** The expected row id of a cell. */
export const cellId = (table: TableNumber, fn: string, city: string): string => `t${table}-${fn}-${city}`;

/**
 * Fails unless every (table, function, city) cell exists exactly once with the right id,
 * no row belongs to a non-partner city, and every stated lead is one of the cell's actors.
 */
export function checkMatrix(rows: readonly MatrixRow[], cityIds: readonly string[], file: string): void {
  const byId = new Map<string, MatrixRow>();
  for (const row of rows) {
    const expected = cellId(row.table, row.function, row.city);
    if (row.id !== expected) throw new ContentError(file, `entry "${row.id}": field "id" must be "${expected}"`);
    if (!cityIds.includes(row.city)) throw new ContentError(file, `entry "${row.id}": field "city": "${row.city}" is not a partner city`);
    if (row.lead !== 'unknown' && !row.actors.includes(row.lead.actor)) {
      throw new ContentError(file, `entry "${row.id}": field "lead": "${row.lead.actor}" is not among the cell's actors`);
    }
    if (TEXT_ONLY_FUNCTIONS.includes(row.function) && row.lead !== 'unknown') {
      throw new ContentError(file, `entry "${row.id}": field "lead": a text-only cell has no leading actor`);
    }
    byId.set(row.id, row);
  }
  const missing: string[] = [];
  for (const table of TABLE_NUMBERS) {
    for (const fn of TABLE_FUNCTIONS[table]) {
      for (const city of cityIds) if (!byId.has(cellId(table, fn, city))) missing.push(cellId(table, fn, city));
    }
  }
  if (missing.length > 0) {
    throw new ContentError(file, `the responsibility matrix has ${missing.length} missing cell(s): ${missing.join(', ')}`);
  }
}

/** One table as rows of cells: `cells[fn][city]`. */
export function tableMatrix<R extends MatrixRow>(table: TableNumber, rows: readonly R[], cityIds: readonly string[]) {
  return TABLE_FUNCTIONS[table].map((fn) => ({
    function: fn,
    cells: cityIds.map((city) => rows.find((r) => r.table === table && r.function === fn && r.city === city)!),
  }));
}
