// Pins the fact-check corrections of issue 14 on the real content, so a later edit cannot quietly
// bring back a claim the sources do not support.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { municipalRole } from '../../src/lib/matrix';
import { CONTENT, caseIds, listFiles, readList, readYamlFile } from '../helpers/content';

type Row = { id: string; table: 1 | 2 | 3 | 4; actors: string[]; lead: unknown; text?: { en: string; sv: string }; note?: { en: string; sv: string } };
const rows = readList('responsibilities') as unknown as Row[];
const row = (id: string): Row => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const spheres = new Map(readList('actors').map((a) => [String(a.id), a.sphere as 'municipal' | 'other-public' | 'non-profit' | 'private']));
const sphereOf = (id: string) => spheres.get(id)!;
const prose = (locale: 'en' | 'sv', ...parts: string[]) => readFileSync(path.join(CONTENT, locale, ...parts), 'utf8');
const both = (...parts: string[]): [string, string] => [prose('en', ...parts), prose('sv', ...parts)];
const finding = (id: string) => readList('findings').find((f) => f.id === id) as { text: { en: string; sv: string } };
const glossary = (id: string) => readList('glossary').find((g) => g.id === id) as { definition: { en: string; sv: string } };

describe('responsibility rows (Tables 2 and 4)', () => {
  it('Prague, Table 4, cooperation with the state: no municipal role that contradicts "no cooperation"', () => {
    const prague = row('t4-state-cooperation-prague');
    expect(prague.text!.en).toMatch(/No cooperation/);
    expect(municipalRole(prague, sphereOf)).toBe('not-applicable');
  });
  it('Tables 1 and 4 carry no derived role at all; Tables 2 and 3 keep theirs', () => {
    for (const r of rows.filter((x) => x.table === 1 || x.table === 4)) expect(municipalRole(r, sphereOf), r.id).toBe('not-applicable');
    const derived = rows.filter((x) => x.table === 2 || x.table === 3).map((r) => municipalRole(r, sphereOf));
    expect(derived).toContain('sole');
    expect(derived).toContain('shared');
    expect(derived).not.toContain('not-applicable');
  });
  it('Prague, Table 2, programmes: the leading actor is unknown', () => expect(row('t2-programmes-prague').lead).toBe('unknown'));
  it('Table 4 cells list only the bodies they name; the inference is in the note', () => {
    for (const id of ['t4-regional-cooperation-rotterdam', 't4-state-cooperation-southampton']) {
      expect(row(id).actors, id).toEqual(['municipality']);
      expect(row(id).note!.en, id).toMatch(/does not (say so|name it)/);
    }
  });
  it('Bologna, Table 4, the state: "active" is our reading, in the note, not in the cell', () => {
    const r = row('t4-state-cooperation-bologna');
    expect(r.text!.en).not.toMatch(/active/i);
    expect(r.text!.sv).not.toMatch(/aktiva/i);
    expect(r.note!.en).toMatch(/does not say "active"/);
  });
  it('Southampton, Table 4: councils give support through labour-market programmes', () => {
    const r = row('t4-municipal-employer-southampton');
    expect(r.text!.en).toMatch(/give support through labour-market programmes/);
    expect(r.text!.sv).toMatch(/ge stöd genom arbetsmarknadsprogram/);
  });
});

describe('wording checked against the source', () => {
  it('Rotterdam: municipalities are responsible for supported housing, not its providers', () => {
    const [en, sv] = both('cities', 'rotterdam.mdx');
    expect(en).not.toMatch(/Municipalities deliver most supported-housing/);
    expect(en).toMatch(/responsible for most supported-housing services/);
    expect(sv).toMatch(/ansvarar för det mesta av servicen inom stödboende/);
  });
  it('Rotterdam: the shift to activation (§4.2.3) and stricter incapacity rules (fn 45) are two claims, cited apart', () => {
    for (const text of both('cities', 'rotterdam.mdx')) {
      expect(text).not.toMatch(/at="[^"]*4\.2\.3[^"]*(fn|fotnot) 45"/);
      expect(text).toMatch(/<Cite source="nlao-eu-report-2010" at="fn 45" \/>/);
    }
  });
  it('the Union of Tenants holds annual negotiations; the source does not say they are about rents', () => {
    const texts = [
      ...both('cities', 'stockholm.mdx'),
      ...both('principles', '5-participation.mdx'),
      finding('5-stockholm').text.en,
      finding('5-stockholm').text.sv,
      glossary('hyresgastforeningen').definition.en,
      glossary('hyresgastforeningen').definition.sv,
    ];
    for (const t of texts) {
      expect(t).not.toMatch(/negotiates rents/);
      expect(t).not.toMatch(/förhandlar [^.]*om hyrorna/);
    }
    expect(finding('5-stockholm').text.en).toMatch(/holds annual negotiations with municipal landlords/);
  });
  it('Stockholm: the role shifts to a much smaller extent than in the UK, not "more slowly"', () => {
    const [en, sv] = both('cities', 'stockholm.mdx');
    expect(en).not.toMatch(/more slowly than in the UK/);
    expect(en).toMatch(/to a much smaller extent than in the UK/);
    expect(sv).not.toMatch(/långsammare än i Storbritannien/);
    expect(sv).toMatch(/i mycket mindre utsträckning än i Storbritannien/);
  });
  it('the conclusions\' good example is the Manchester charter, not Stockholm\'s guarantees', () => {
    const f = finding('6-stockholm').text;
    expect(f.en).toMatch(/Manchester charter a good example/);
    expect(f.en).not.toMatch(/quality guarantees as a good example/);
    expect(f.sv).toMatch(/kallas Manchesters stadga ett bra exempel/);
    const [en, sv] = both('pages', 'conclusions.mdx');
    expect(en).not.toMatch(/two good examples/);
    expect(sv).not.toMatch(/två goda exempel/);
  });
  it('North Lincolnshire\'s form, filed under Southampton, says on its card that it is another council\'s', () => {
    const [en, sv] = both('cases', 'north-lincolnshire-survey.mdx');
    expect(en).toMatch(/summary: "Another council's example, not Southampton's/);
    expect(sv).toMatch(/summary: "En annan kommuns exempel, inte Southamptons/);
  });
});

/** Every `at` locator in the content: `at="…"` in MDX, `at:` in YAML (any depth). */
function allLocators(): Array<{ file: string; at: string }> {
  const out: Array<{ file: string; at: string }> = [];
  const walk = (file: string, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(file, x));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'at' && typeof x === 'string') out.push({ file, at: x });
        else walk(file, x);
      }
    }
  };
  for (const f of listFiles(CONTENT)) {
    if (f.endsWith('.yaml')) walk(f, readYamlFile(f));
    if (f.endsWith('.mdx')) for (const m of readFileSync(path.join(CONTENT, f), 'utf8').matchAll(/\bat="([^"]*)"/g)) out.push({ file: f, at: m[1]! });
  }
  return out;
}

describe('locators', () => {
  it('the summary of the municipalities\' role is cited in one form, "§4.2, summary"', () => {
    const locators = allLocators();
    expect(locators.length).toBeGreaterThan(500);
    const summary = locators.filter((l) => /4\.2/.test(l.at) && /summary|sammanfattning|municipalities' role|kommunernas roll/i.test(l.at));
    expect(summary.length).toBeGreaterThan(10);
    expect(summary.filter((l) => l.at !== '§4.2, summary')).toEqual([]);
  });
  it('the case data cite document 004 for the Jobbtorg cost evidence', () => {
    expect(caseIds()).toContain('jobbtorg');
    const jobbtorg = readYamlFile('data', 'cases', 'jobbtorg.yaml') as { figures: Array<{ value: number; unit: string; citation: { source: string; at: string } }> };
    const costs = jobbtorg.figures.filter((f) => f.unit === 'sek');
    expect(costs.map((f) => f.value)).toEqual([10000, 36000, 50000, 70000, 80000, 25000, 75000]);
    for (const f of costs) expect(f.citation).toEqual({ source: 'stockholm-jobbtorg-2007', at: 'section B, Utomstående granskning' });
  });
});

describe('known errors in the sources', () => {
  const KNOWN = 'known-errors';
  it('the Fact box 11 mislabel is explained once and linked from every page that meets it', () => {
    const pages = listFiles(CONTENT).filter((f) => f.endsWith('.mdx') && !f.endsWith(`pages/${KNOWN}.mdx`));
    // Pages with an editorial note about Fact box 11 and the Southampton job centre.
    const mention = pages.filter((f) => /<Note>[^<]*(Fact box 11|faktaruta 11)[^<]*Southampton/i.test(readFileSync(path.join(CONTENT, f), 'utf8')));
    expect(mention.length).toBeGreaterThanOrEqual(14);
    for (const f of mention) {
      const text = readFileSync(path.join(CONTENT, f), 'utf8');
      const anchor = f.startsWith('en/') ? '/en/known-errors/#fact-box-11-the-wrong-cities' : '/sv/known-errors/#faktaruta-11-fel-städer';
      expect(text, f).toContain(anchor);
      // The long explanation lives on the known-errors page only.
      expect(text, f).not.toMatch(/but Fact box 11 actually covers|No fact box describes/);
    }
  });
  it('exists in both locales with a heading for each linked entry', () => {
    const [en, sv] = both('pages', `${KNOWN}.mdx`);
    expect(en).toMatch(/^## Fact box 11: the wrong cities$/m);
    expect(sv).toMatch(/^## Faktaruta 11: fel städer$/m);
    expect(en.match(/^## /gm)!.length).toBe(sv.match(/^## /gm)!.length);
  });
});
