// Synthetic content for the scaling benchmark: a copy of the real content plus enough
// synthetic partner cities (each with a profile in both languages, its 15 rows of Tables 1–4,
// six findings, three cases and an answer to every question) to reach N cities. Usage: node scripts/synth-content.ts N OUT_DIR
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
  const questions = read('questions');
  const model = 'stockholm';
  const partners = cities.filter((c) => c.partner).length;
  let added = 0;
  for (let i = 1; partners + added < total; i += 1, added += 1) {
    const id = `synth-${String(i).padStart(3, '0')}`;
    const names = { en: `Synthetic City ${i}`, sv: `Syntetisk stad ${i}` };
    cities.push({ ...cities.find((c) => c.id === model)!, id, name: names, coordinates: { lat: 40 + (i % 20), lon: -5 + (i % 30) } });
    for (const r of rows.filter((x) => x.city === model)) rows.push({ ...r, id: String(r.id).replace(model, id), city: id });
    for (const f of findings.filter((x) => x.city === model)) findings.push({ ...f, id: String(f.id).replace(model, id), city: id, cases: [] });
    // Every question must answer every partner city: the model's answer, pointing at the copied rows and findings.
    for (const q of questions) {
      const answers = q.answers as Record<string, Entry>;
      const rename = (list: unknown) => ((list as string[] | undefined) ?? []).map((x) => x.replace(model, id));
      answers[id] = { ...answers[model], rows: rename(answers[model]!.rows), findings: rename(answers[model]!.findings) };
    }
    // Each language in its own words, so the Swedish checks (no English on Swedish pages) hold here too.
    const prose = {
      en: { summary: 'A synthetic city.', lead: 'is a synthetic city for the scaling benchmark.', text: 'Synthetic text about housing and employment services. ', section: 'Section' },
      sv: { summary: 'En syntetisk stad.', lead: 'är en syntetisk stad för skalningstestet.', text: 'Syntetisk text om boende och stöd till arbete. ', section: 'Avsnitt' },
    };
    for (const locale of ['en', 'sv'] as const) {
      const p = prose[locale];
      const body = `${names[locale]} ${p.lead} <Cite source="nlao-eu-report-2010" at="ch. 3" />\n\n## ${p.section}\n\n${p.text.repeat(40)}<Cite source="nlao-eu-report-2010" at="Table 2" />\n`;
      writeFileSync(path.join(out, locale, 'cities', `${id}.mdx`), `---\ntitle: ${names[locale]}\nsummary: ${p.summary}\n---\n${body}`);
    }
    for (let k = 1; k <= CASES_PER_CITY; k += 1) {
      const caseId = `${id}-case-${k}`;
      writeFileSync(
        path.join(out, 'data', 'cases', `${caseId}.yaml`),
        stringify({ city: id, scope: 'city', principles: ['1-accessibility'], domain: 'housing', targetGroups: [], year: 'unknown', citations: [{ source: 'nlao-eu-report-2010', at: '§4.3.1' }] }),
      );
      const caseProse = {
        en: { title: `${names.en}, case ${k}`, summary: 'A synthetic case.', text: 'A synthetic case for the benchmark. ' },
        sv: { title: `${names.sv}, exempel ${k}`, summary: 'Ett syntetiskt exempel.', text: 'Ett syntetiskt exempel för skalningstestet. ' },
      };
      for (const locale of ['en', 'sv'] as const) {
        const c = caseProse[locale];
        mkdirSync(path.join(out, locale, 'cases'), { recursive: true });
        writeFileSync(path.join(out, locale, 'cases', `${caseId}.mdx`), `---\ntitle: ${c.title}\nsummary: ${c.summary}\n---\n${c.text.repeat(30)}<Cite source="nlao-eu-report-2010" at="§4.3.1" />\n`);
      }
    }
  }
  write('cities', cities);
  write('responsibilities', rows);
  write('findings', findings);
  write('questions', questions);
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
