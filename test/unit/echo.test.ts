// Values echoed back from the address are cut with an ellipsis and only a few are listed.
import { describe, expect, it } from 'vitest';
import { echoList, MAX_ECHO, truncate } from '../../src/lib/echo';

describe('echoed URL values', () => {
  it('a long value is cut to 40 characters, ending in an ellipsis', () => {
    const cut = truncate('x'.repeat(10_000));
    expect(cut).toBe(`${'x'.repeat(39)}…`);
    expect(Array.from(cut)).toHaveLength(MAX_ECHO);
  });
  it('short values are left alone, and a cut never splits a character', () => {
    expect(truncate('atlantis')).toBe('atlantis');
    expect(truncate('😀'.repeat(50))).toBe(`${'😀'.repeat(39)}…`);
  });
  it('at most five values are listed, then the rest counted in the page language', () => {
    const keys = Array.from({ length: 2002 }, (_, i) => `k${i}`);
    expect(echoList(keys, 'and {n} more', 'en')).toBe('k0, k1, k2, k3, k4 and 1,997 more');
    expect(echoList(keys, 'och {n} till', 'sv')).toBe('k0, k1, k2, k3, k4 och 1\u00a0997 till');
  });
  it('five or fewer are all listed', () => {
    expect(echoList(['a', 'b'], 'and {n} more', 'en')).toBe('a, b');
    expect(echoList(['a', 'b', 'c', 'd', 'e'], 'and {n} more', 'en')).toBe('a, b, c, d, e');
  });
});
