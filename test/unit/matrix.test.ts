// Tables 1–4: the municipal role is derived from the spheres of a cell's actors.
// (The matrix's completeness is an integrity rule: test/unit/integrity.test.ts.)
import { describe, expect, it } from 'vitest';
import { municipalRole } from '../../src/lib/matrix';
import { readList } from '../helpers/content';

const spheres = new Map(readList('actors').map((a) => [String(a.id), a.sphere as 'municipal' | 'other-public' | 'non-profit' | 'private']));
const sphereOf = (id: string) => spheres.get(id)!;

describe('municipal role', () => {
  it('is sole when every actor is municipal', () => expect(municipalRole({ table: 2, actors: ['municipality', 'municipal-housing-company'] }, sphereOf)).toBe('sole'));
  it('is shared when some are', () => expect(municipalRole({ table: 3, actors: ['state', 'municipality'] }, sphereOf)).toBe('shared'));
  it('is none when none are', () => expect(municipalRole({ table: 2, actors: ['corporaties'] }, sphereOf)).toBe('none'));
  it('does not apply to text-only cells', () => expect(municipalRole({ table: 1, actors: [] }, sphereOf)).toBe('not-applicable'));
  it('does not apply to Tables 1 and 4, whose source marks no role', () => {
    expect(municipalRole({ table: 1, actors: ['state', 'municipality'] }, sphereOf)).toBe('not-applicable');
    expect(municipalRole({ table: 4, actors: ['municipality'] }, sphereOf)).toBe('not-applicable');
  });
});
