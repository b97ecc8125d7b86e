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

/** `not-applicable` is for text-only cells (Table 1 trends), which name no actors. */
export type MunicipalRole = 'sole' | 'shared' | 'none' | 'not-applicable';

/** Sole if every actor is municipal, shared if some are, none if none are. */
export function municipalRole(
  actors: readonly string[],
  sphereOf: (actor: string) => (typeof ACTOR_SPHERES)[number],
): MunicipalRole {
  if (actors.length === 0) return 'not-applicable';
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
