// The Swedish terminology sheet (content/data/terminology.yaml) is valid and holds in the data
// and UI strings: no avoided form and only Swedish typography in any sv form, in the Swedish UI
// strings, and the same section headings and principle names on every Swedish city page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import sv from '../../src/i18n/ui/sv.json';
import { plainText } from '../../src/lib/label';
import { termSchema } from '../../src/schemas/terminology';
import { CONTENT, listFiles, readList, readYamlFile } from '../helpers/content';
import { avoidedIn, englishIn, terms, typographyIn } from '../helpers/swedish';

/** Every string under an `sv` key in a parsed YAML document, with its path. */
function svStrings(node: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(node)) node.forEach((n, i) => svStrings(n, `${at}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sv' && typeof value === 'string') out.push([`${at}.sv`, value]);
      else svStrings(value, `${at}.${key}`, out);
    }
  }
  return out;
}

/** The Swedish text of a string, without the parts marked as another language. */
const swedishPart = (s: string) => plainText(s.replace(/\[[^\]]+\]\{lang=(?!sv)[a-z]{2}\}/g, ' '));

let dataCache: Array<[string, string]> | undefined;
/** Every sv string of the data (all YAML files but the sheet itself), parsed once. */
const dataStrings = () =>
  (dataCache ??= listFiles(path.join(CONTENT, 'data'))
    .filter((f) => f.endsWith('.yaml') && f !== 'terminology.yaml')
    .flatMap((f) => svStrings(readYamlFile('data', f), f)));
const uiStrings = (): Array<[string, string]> =>
  Object.entries(sv).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.entries(value).map(([form, v]) => [`${key}.${form}`, v])) as Array<[string, string]>);

describe('the terminology sheet', () => {
  it('matches its schema, with unique ids', () => {
    const sheet = z.array(termSchema).parse(readList('terminology'));
    expect(sheet.length).toBeGreaterThan(15);
    expect(new Set(sheet.map((t) => t.id)).size).toBe(sheet.length);
  });
  it('never lists its own preferred form as one to avoid', () => {
    for (const term of terms()) expect(avoidedIn(term.preferred, [term]), term.id).toEqual([]);
  });
  it('catches the avoided forms, inflected, and allows them in a gloss', () => {
    expect(avoidedIn('två jobbcentrumet i Rotterdam')).toContain('jobbcentrum (job-centre)');
    expect(avoidedIn('Kontochefen på jobbcentret')).toContain('kontochef (account-manager)');
    expect(avoidedIn('en kundansvarig för arbetsgivare (i rapporten ”kontochef”)')).toEqual([]);
    expect(avoidedIn('projektet Jobbcentrum 2004')).toEqual([]);
  });
});

// A guard against hangs, not a speed check: the whole data set is read on a loaded 2-core machine.
describe('Swedish data and UI strings', { timeout: 60_000 }, () => {
  it('use no avoided form in any sv form of the data', () => {
    const found = dataStrings().flatMap(([at, s]) => avoidedIn(swedishPart(s)).map((a) => `${at}: ${a}`));
    expect(found).toEqual([]);
  });
  it('use Swedish quotation marks and dashes in every sv form of the data', () => {
    const found = dataStrings().flatMap(([at, s]) => typographyIn(swedishPart(s)).map((a) => `${at}: ${a}`));
    expect(found).toEqual([]);
  });
  it('use no avoided form, no English words and Swedish typography in the Swedish UI strings', () => {
    const found = uiStrings().flatMap(([key, s]) => [...avoidedIn(s), ...englishIn(s.replace(/\{\w+\}/g, ' ')), ...typographyIn(s)].map((a) => `${key}: ${a}`));
    expect(found).toEqual([]);
  });
});

describe('Swedish city pages', () => {
  const cities = ['bologna', 'prague', 'rotterdam', 'southampton', 'stockholm'];
  const read = (city: string) => readFileSync(path.join(CONTENT, 'sv', 'cities', `${city}.mdx`), 'utf8');
  const names: Record<string, string> = { bologna: 'Bologna', prague: 'Prag', rotterdam: 'Rotterdam', southampton: 'Southampton', stockholm: 'Stockholm' };

  it('share the same section headings', () => {
    const headings = (city: string) => [...read(city).matchAll(/^## (.+)$/gm)].map((m) => m[1]!.replace(names[city]!, '<stad>'));
    const first = headings(cities[0]!);
    expect(first.length).toBeGreaterThan(4);
    for (const city of cities) expect(headings(city), city).toEqual(first);
  });
  it('name each principle as the principle list does', () => {
    const shorts = new Map(readList('principles').map((p) => [String(p.id), (p.short as { sv: string }).sv]));
    for (const city of cities) {
      for (const m of read(city).matchAll(/\*\*\[([^\]]+)\]\(\/sv\/principles\/([^/]+)\/\)/g)) {
        expect(m[1], `${city}: ${m[2]}`).toBe(shorts.get(m[2]!));
      }
    }
  });
});
