// The knowledge is complete: every table cell, every principle × city finding, every case
// cited, every source cited somewhere, every glossary term in both languages, and the pages
// the study needs — in both locales.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONTENT, caseIds, listFiles, readList, readYamlFile } from '../helpers/content';
import { scanCites } from '../../src/lib/cite-scan';

const partners = readList('cities').filter((c) => c.partner).map((c) => String(c.id));
const principles = readList('principles').map((p) => String(p.id));

/** Every `source:` id in a parsed YAML value, however deeply nested. */
function yamlSources(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => yamlSources(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') out.add(v);
      else yamlSources(v, out);
    }
  }
  return out;
}

describe('completeness of the knowledge', () => {
  it("has the study's cities as partners (more may be added), four regime pages and six principles", () => {
    expect(partners).toEqual(expect.arrayContaining(['bologna', 'prague', 'rotterdam', 'southampton', 'stockholm']));
    for (const l of ['en', 'sv']) {
      expect(listFiles(path.join(CONTENT, l, 'cities')).sort()).toEqual(partners.map((c) => `${c}.mdx`).sort());
      expect(listFiles(path.join(CONTENT, l, 'regimes'))).toHaveLength(4);
      expect(listFiles(path.join(CONTENT, l, 'principles')).sort()).toEqual(principles.map((p) => `${p}.mdx`).sort());
      for (const page of ['home', 'study', 'conclusions', 'about']) expect(listFiles(path.join(CONTENT, l, 'pages'))).toContain(`${page}.mdx`);
    }
  });
  it('has at least 30 cases, each with prose in both languages and a citation', () => {
    expect(caseIds().length).toBeGreaterThanOrEqual(30);
    for (const id of caseIds()) {
      const data = readYamlFile('data', 'cases', `${id}.yaml`) as { citations: unknown[] };
      expect(data.citations.length, id).toBeGreaterThan(0);
      for (const l of ['en', 'sv']) expect(listFiles(path.join(CONTENT, l, 'cases')), `${l}/${id}`).toContain(`${id}.mdx`);
    }
  });
  it('has a finding (text or not-reported) for every principle × city', () => {
    const findings = readList('findings');
    for (const p of principles) {
      for (const c of partners) {
        const f = findings.filter((x) => x.principle === p && x.city === c);
        expect(f, `${p} × ${c}`).toHaveLength(1);
        expect(['reported', 'not-reported']).toContain(f[0]!.status);
      }
    }
    expect(findings).toHaveLength(principles.length * partners.length);
  });
  it('cites every source in the bibliography at least once', () => {
    const cited = new Set<string>();
    for (const file of listFiles(path.join(CONTENT, 'data')).filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml')) {
      yamlSources(parse(readFileSync(path.join(CONTENT, 'data', file), 'utf8')), cited);
    }
    for (const l of ['en', 'sv']) {
      for (const file of listFiles(path.join(CONTENT, l))) {
        for (const tag of scanCites(readFileSync(path.join(CONTENT, l, file), 'utf8'))) if (tag.source) cited.add(tag.source);
      }
    }
    const uncited = readList('sources').map((s) => String(s.id)).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });
  it('gives every glossary term in both languages, with at least 30 terms', () => {
    const terms = readList('glossary') as Array<{ id: string; term: { en?: string; sv?: string }; definition: { en?: string; sv?: string } }>;
    expect(terms.length).toBeGreaterThanOrEqual(30);
    for (const g of terms) {
      expect(g.term.en && g.term.sv, g.id).toBeTruthy();
      expect(g.definition.en && g.definition.sv, g.id).toBeTruthy();
    }
  });
  it('publishes no phone numbers or e-mail addresses', () => {
    const offenders: string[] = [];
    for (const file of listFiles(CONTENT)) {
      const text = readFileSync(path.join(CONTENT, file), 'utf8');
      if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(text) || /\b0\d{1,3}[- ]\d{2,3}[ -]?\d{2}[ -]?\d{2}\b/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
