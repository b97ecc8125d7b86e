// The compare view's URL state: known ids only, in page order, with a note for the rest.
import { describe, expect, it } from 'vitest';
import { compareQuery, readCompareState } from '../../src/components/compare/compare-client';

const known = { cities: ['bologna', 'prague', 'rotterdam', 'stockholm', 'southampton'], topics: ['regime', 'social-housing', 'principle-5'] };
const read = (q: string) => readCompareState(new URLSearchParams(q), known);

describe('compare URL state', () => {
  it('shows everything when the URL says nothing', () => {
    expect(read('')).toEqual({ cities: known.cities, topics: known.topics, ignored: [], tooFew: false });
  });
  it('keeps the chosen cities and topics in page order', () => {
    const s = read('cities=stockholm,rotterdam&topics=principle-5,social-housing');
    expect(s.cities).toEqual(['rotterdam', 'stockholm']);
    expect(s.topics).toEqual(['social-housing', 'principle-5']);
    expect(s.ignored).toEqual([]);
  });
  it('ignores unknown ids, duplicates and unknown parameters, and reports them', () => {
    const s = read('cities=stockholm,atlantis,stockholm,rotterdam&topics=<script>&foo=1');
    expect(s.cities).toEqual(['rotterdam', 'stockholm']);
    expect(s.topics).toEqual(known.topics);
    expect(s.ignored).toEqual(['foo', 'cities=atlantis', 'cities=stockholm (×2)', 'topics=<script>']);
  });
  it('shows all cities when fewer than two known ones are asked for', () => {
    expect(read('cities=stockholm')).toMatchObject({ cities: known.cities, tooFew: true });
  });
  it('counts every ignored value when a URL names a hundred cities (the note lists a few: test/unit/echo.test.ts)', () => {
    const s = read(`cities=${Array.from({ length: 100 }, (_, i) => `city${i}`).join(',')}`);
    expect(s.ignored).toHaveLength(100);
    expect(s.tooFew).toBe(true);
  });
  it('writes a canonical, shareable query', () => {
    expect(compareQuery({ cities: ['rotterdam', 'stockholm'], topics: ['social-housing', 'principle-5'] }, known)).toBe('?cities=rotterdam,stockholm&topics=social-housing,principle-5');
    expect(compareQuery({ cities: known.cities, topics: known.topics }, known)).toBe('');
  });
});
