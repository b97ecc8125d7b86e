// Synthetic content for the scaling benchmark: a copy of the real content plus enough
// synthetic partner cities (each with a profile in both languages, its 15 rows of Tables 1–4,
// six findings and three cases) to reach N cities. Usage: node scripts/synth-content.ts N OUT_DIR
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

type Entry = Record<string, unknown>;
const CASES_PER_CITY = 3;

export function synthesize(total: number, out: string, source = 'content'): number {
  rmSync(out, { recursive: true, force: true });
  cpSync(source, out, { recursive: true });
  const read = (name: string) => parse(readFileSync(path.join(out, 'data', `${name}.yaml`), 'utf8')) as Entry[];
  // No YAML anchors: copies share nested objects, which stringify would otherwise alias.
  const write = (name: string, list: Entry[]) => writeFileSync(path.join(out, 'data', `${name}.yaml`), stringify(list, { aliasDuplicateObjects: false }));
  const cities = read('cities');
  const rows = read('responsibilities');
  const findings = read('findings');
  const model = 'stockholm';
  const partners = cities.filter((c) => c.partner).length;
  let added = 0;
  for (let i = 1; partners + added < total; i += 1, added += 1) {
    const id = `synth-${String(i).padStart(3, '0')}`;
    const names = { en: `Synthetic City ${i}`, sv: `Syntetisk stad ${i}` };
    const name = names.en;
    cities.push({ ...cities.find((c) => c.id === model)!, id, name: names, coordinates: { lat: 40 + (i % 20), lon: -5 + (i % 30) } });
    for (const r of rows.filter((x) => x.city === model)) rows.push({ ...r, id: String(r.id).replace(model, id), city: id });
    for (const f of findings.filter((x) => x.city === model)) findings.push({ ...f, id: String(f.id).replace(model, id), city: id, cases: [] });
    for (const locale of ['en', 'sv'] as const) {
      const body = `${names[locale]} is a synthetic city for the scaling benchmark. <Cite source="nlao-eu-report-2010" at="ch. 3" />\n\n## Section\n\n${'Synthetic text about housing and employment services. '.repeat(40)}<Cite source="nlao-eu-report-2010" at="Table 2" />\n`;
      writeFileSync(path.join(out, locale, 'cities', `${id}.mdx`), `---\ntitle: ${names[locale]}\nsummary: A synthetic city.\n---\n${body}`);
    }
    for (let k = 1; k <= CASES_PER_CITY; k += 1) {
      const caseId = `${id}-case-${k}`;
      writeFileSync(
        path.join(out, 'data', 'cases', `${caseId}.yaml`),
        stringify({ city: id, scope: 'city', principles: ['1-accessibility'], domain: 'housing', targetGroups: [], year: 'unknown', citations: [{ source: 'nlao-eu-report-2010', at: '§4.3.1' }] }),
      );
      for (const locale of ['en', 'sv']) {
        mkdirSync(path.join(out, locale, 'cases'), { recursive: true });
        writeFileSync(path.join(out, locale, 'cases', `${caseId}.mdx`), `---\ntitle: ${name}, case ${k}\nsummary: A synthetic case.\n---\n${'A synthetic case for the benchmark. '.repeat(30)}<Cite source="nlao-eu-report-2010" at="§4.3.1" />\n`);
      }
    }
  }
  write('cities', cities);
  write('responsibilities', rows);
  write('findings', findings);
  return partners + added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: node scripts/synth-content.ts N OUT_DIR');
    process.exit(1);
  }
  console.log(`synth-content: ${synthesize(Number(n), out)} partner cities in ${out}`);
}
