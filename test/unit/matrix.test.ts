// Tables 1–4: the municipal role is derived from the actors, and the matrix must be complete.
import { describe, expect, it } from 'vitest';
import { checkMatrix, municipalRole, type MatrixRow } from '../../src/lib/matrix';
import { readList } from '../helpers/content';

const spheres = new Map(readList('actors').map((a) => [String(a.id), a.sphere as 'municipal' | 'other-public' | 'non-profit' | 'private']));
const sphereOf = (id: string) => spheres.get(id)!;
const rows = () => readList('responsibilities').map((r) => ({ ...r, lead: r.lead === 'unknown' ? 'unknown' : { actor: (r.lead as { actor: string }).actor } }) as unknown as MatrixRow);
const partners = readList('cities').filter((c) => c.partner).map((c) => String(c.id));

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

describe('responsibility matrix', () => {
  it('is complete for every partner city in the real content', () => {
    expect(partners.length).toBe(5);
    expect(() => checkMatrix(rows(), partners, 'responsibilities.yaml')).not.toThrow();
  });
  it('fails naming the missing cell', () => {
    const gap = rows().filter((r) => r.id !== 't2-financing-stockholm');
    expect(() => checkMatrix(gap, partners, 'responsibilities.yaml')).toThrow(/responsibilities\.yaml: .*missing cell.*t2-financing-stockholm/);
  });
  it('fails on a lead that is not among the actors', () => {
    const bad = rows().map((r) => (r.id === 't2-programmes-stockholm' ? { ...r, lead: { actor: 'corporaties' } } : r));
    expect(() => checkMatrix(bad, partners, 'responsibilities.yaml')).toThrow(/t2-programmes-stockholm.*field "lead"/);
  });
  it('fails on a row whose id does not match its cell', () => {
    const bad = rows().map((r) => (r.id === 't2-programmes-stockholm' ? { ...r, id: 't2-programme-stockholm' } : r));
    expect(() => checkMatrix(bad, partners, 'responsibilities.yaml')).toThrow(/field "id" must be "t2-programmes-stockholm"/);
  });
});
