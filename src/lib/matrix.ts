/**
 * Tables 1–4 as matrices: functions × partner cities. Pure functions over plain rows, so
 * they are unit-tested without Astro. The municipal role is derived here from the actors.
 */
import { TABLE_FUNCTIONS, type TableNumber } from '../schemas/responsibilities';
import type { ACTOR_SPHERES } from '../schemas/actors';

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

/** One table as rows of cells: `cells[fn][city]`. */
export function tableMatrix<R extends MatrixRow>(table: TableNumber, rows: readonly R[], cityIds: readonly string[]) {
  return TABLE_FUNCTIONS[table].map((fn) => ({
    function: fn,
    cells: cityIds.map((city) => rows.find((r) => r.table === table && r.function === fn && r.city === city)!),
  }));
}
