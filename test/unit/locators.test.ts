// Locators read in the page's language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localizeLocator } from '../../src/lib/locators';
import { plainText } from '../../src/lib/label';
import { CONTENT, listFiles } from '../helpers/content';
import { englishIn } from '../helpers/swedish';

/** Every locator written in the content: `at="…"` in MDX and `at: …` in the data. */
function allLocators(): string[] {
  const found = new Set<string>();
  for (const file of listFiles(CONTENT).filter((f) => /\.(mdx|ya?ml)$/.test(f))) {
    const text = readFileSync(path.join(CONTENT, file), 'utf8');
    for (const m of text.matchAll(/\bat="([^"]+)"/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bat: *(?:"([^"]+)"|'([^']+)'|([^,}\n]+))/g)) found.add((m[1] ?? m[2] ?? m[3]!).trim());
  }
  return [...found];
}

// The timeout guards against hangs: the last test reads every content file on a loaded machine.
describe('localized locators', { timeout: 60_000 }, () => {
  it('leaves English alone', () => expect(localizeLocator('en', 'Table 2, fn 42')).toBe('Table 2, fn 42'));
  it('renders the common English locators in Swedish', () => {
    expect(localizeLocator('sv', 'Table 2')).toBe('tabell 2');
    expect(localizeLocator('sv', 'Fact box 11')).toBe('faktaruta 11');
    expect(localizeLocator('sv', 'ch. 3')).toBe('kap. 3');
    expect(localizeLocator('sv', 'Table 4, fn 48')).toBe('tabell 4, fotnot 48');
    expect(localizeLocator('sv', '§4.2, summary')).toBe('§4.2, sammanfattning');
    expect(localizeLocator('sv', 'Appendix 6')).toBe('bilaga 6');
    expect(localizeLocator('sv', 'as cited in the report, fn 28')).toBe('enligt rapportens fotnot 28');
    expect(localizeLocator('sv', 'section C, Målgrupper')).toBe('avsnitt C, Målgrupper');
  });
  it('drops English glosses after Swedish section names and marks English page names', () => {
    expect(localizeLocator('sv', 'Bakgrund (Background)')).toBe('Bakgrund');
    expect(localizeLocator('sv', 'Initiativ till att utveckla OMC (OMC initiative)')).toBe('Initiativ till att utveckla OMC');
    expect(localizeLocator('sv', 'Sambandet mellan Europeiska Unionens (EU) strategi …')).toBe('Sambandet mellan Europeiska Unionens (EU) strategi …');
    expect(localizeLocator('sv', '§4.2, summary of the municipalities\' role')).toBe('§4.2, sammanfattning av kommunernas roll');
    expect(localizeLocator('sv', 'Get on board page')).toBe('sidan [Get on board]{lang=en}');
    expect(localizeLocator('sv', 'Act No. 108/2006 Coll.')).toBe('lag nr 108/2006 Sb.');
    expect(localizeLocator('sv', 'ch. 3 (United Kingdom)')).toBe('kap. 3 (Storbritannien)');
  });
  it('leaves no English in any locator of the content on Swedish pages', () => {
    const locators = allLocators();
    expect(locators.length).toBeGreaterThan(200);
    const english = locators.flatMap((at) => {
      const sv = plainText(localizeLocator('sv', at).replace(/\[[^\]]+\]\{lang=en\}/g, ' '));
      const words = englishIn(sv);
      return words.length > 0 ? [`${at} → ${sv}: ${words.join(', ')}`] : [];
    });
    expect(english).toEqual([]);
  });
  it('passes Swedish locators and section names through', () => {
    expect(localizeLocator('sv', 'faktaruta 1')).toBe('faktaruta 1');
    expect(localizeLocator('sv', '§4.3.1')).toBe('§4.3.1');
    expect(localizeLocator('sv', 'avsnittet Bakgrund')).toBe('avsnittet Bakgrund');
  });
});
