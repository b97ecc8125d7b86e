// Citation tags in MDX are found in reading order and numbered once per source + locator.
import { describe, expect, it } from 'vitest';
import { numberCites, scanCites } from '../../src/lib/cite-scan';

const body = `Intro <Cite source="a" at="Table 2" />.

More <Cite at='§4.3.1' source='b'/> and again <Cite source="a" at="Table 2" /> and <Cite source="a" at="Table 3" />.`;

describe('cite scanning', () => {
  it('finds every tag with its attributes and line', () => {
    expect(scanCites(body)).toEqual([
      { source: 'a', at: 'Table 2', line: 1 },
      { source: 'b', at: '§4.3.1', line: 3 },
      { source: 'a', at: 'Table 2', line: 3 },
      { source: 'a', at: 'Table 3', line: 3 },
    ]);
  });
  it('numbers distinct source + locator pairs in first-seen order', () => {
    expect(numberCites(body)).toEqual([
      { n: 1, source: 'a', at: 'Table 2' },
      { n: 2, source: 'b', at: '§4.3.1' },
      { n: 3, source: 'a', at: 'Table 3' },
    ]);
  });
  it('reports a tag with no source so the loader can reject it', () => {
    expect(scanCites('<Cite at="x" />')[0]!.source).toBeUndefined();
  });
});
