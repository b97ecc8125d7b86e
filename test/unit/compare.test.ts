// The compare view's URL state: known ids only, in page order, with a note for the rest; one
// topic for every city when the URL says nothing.
import { describe, expect, it } from 'vitest';
import { compareQuery, readCompareState } from '../../src/components/compare/compare-client';

const known = {
  cities: ['bologna', 'prague', 'rotterdam', 'stockholm', 'southampton', 'sixth'],
  topics: ['regime', 'social-housing', 'principle-5'],
  defaultTopics: ['social-housing'],
};
const read = (q: string) => readCompareState(new URLSearchParams(q), known);

describe('compare URL state', () => {
  it('shows every city on the default topic when the URL says nothing', () => {
    expect(read('')).toEqual({ cities: known.cities, topics: ['social-housing'], differ: false, ignored: [], tooFew: false });
  });
  it('keeps the chosen cities and topics in page order', () => {
    const s = read('cities=stockholm,rotterdam&topics=principle-5,social-housing');
    expect(s.cities).toEqual(['rotterdam', 'stockholm']);
    expect(s.topics).toEqual(['social-housing', 'principle-5']);
    expect(s.ignored).toEqual([]);
  });
  it('accepts as many cities as there are partner cities', () => {
    expect(read(`cities=${known.cities.join(',')}`)).toMatchObject({ cities: known.cities, ignored: [] });
  });
  it('reads "only where the cities differ" and reports a value it does not know', () => {
    expect(read('differ=1').differ).toBe(true);
    expect(read('differ=yes')).toMatchObject({ differ: false, ignored: ['differ=yes'] });
  });
  it('ignores unknown ids, duplicates and unknown parameters, and reports them', () => {
    const s = read('cities=stockholm,atlantis,stockholm,rotterdam&topics=<script>&foo=1');
    expect(s.cities).toEqual(['rotterdam', 'stockholm']);
    expect(s.topics).toEqual(['social-housing']);
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
    expect(compareQuery({ cities: ['rotterdam', 'stockholm'], topics: ['social-housing', 'principle-5'], differ: false }, known)).toBe('?cities=rotterdam,stockholm&topics=social-housing,principle-5');
    expect(compareQuery({ cities: known.cities, topics: ['social-housing'], differ: false }, known)).toBe('');
    expect(compareQuery({ cities: known.cities, topics: known.topics, differ: true }, known)).toBe('?topics=regime,social-housing,principle-5&differ=1');
  });
});
