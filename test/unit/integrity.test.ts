// The integrity module on small in-memory content: every cross-collection rule, all problems
// of a build at once, sorted, each naming file, entry, field and the fix.
import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type DataEntry, type ProseFile, type Snapshot } from '../../src/lib/integrity';
import { TABLE_FUNCTIONS, TABLE_NUMBERS } from '../../src/schemas/responsibilities';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (file: string, id: string, data: Record<string, unknown>): DataEntry => ({ id, file, data });
const prose = (kind: string, locale: string, slug: string, body = 'Text.'): ProseFile => ({ kind, locale, slug, file: `content/${locale}/${kind}/${slug}.mdx`, text: `---\ntitle: T\nsummary: S\n---\n${body}` });
const cite = { source: ref('sources', 'report'), at: '§1' };

/** A complete, consistent content set for the given partner cities: no problems. */
function content(cities = ['alpha', 'beta']): Snapshot {
  const cityData = cities.map((c) => entry('content/data/cities.yaml', c, { partner: true }));
  const principleData = [1, 2].map((n) => entry('content/data/principles.yaml', `p${n}`, { number: n }));
  const responsibilities = TABLE_NUMBERS.flatMap((table) =>
    TABLE_FUNCTIONS[table].flatMap((fn) =>
      cities.map((c) => entry('content/data/responsibilities.yaml', `t${table}-${fn}-${c}`, { table, function: fn, city: ref('cityData', c), actors: [], lead: 'unknown', citations: [cite] })),
    ),
  );
  const findings = principleData.flatMap((p) => cities.map((c) => entry('content/data/findings.yaml', `${p.data.number}-${c}`, { principle: ref('principleData', p.id), city: ref('cityData', c), citations: [cite] })));
  return {
    locales: ['en', 'sv'],
    data: {
      cityData,
      principleData,
      regimeData: [],
      caseData: [entry('content/data/cases/case-a.yaml', 'case-a', { city: ref('cityData', cities[0]!), principles: [ref('principleData', 'p1')] })],
      sources: [entry('content/data/sources.yaml', 'report', {})],
      responsibilities,
      findings,
    },
    prose: ['en', 'sv'].flatMap((l) => [
      ...cities.map((c) => prose('cities', l, c, `A fact.<Cite source="report" at="§2" />`)),
      ...principleData.map((p) => prose('principles', l, p.id)),
      prose('cases', l, 'case-a'),
    ]),
    prosePath: (l, k, s) => `content/${l}/${k}/${s}.mdx`,
    dataFile: (c) => `content/data/${c}.yaml`,
  };
}

describe('integrity', () => {
  it('finds nothing wrong in consistent content, for any number of partner cities', () => {
    expect(checkIntegrity(content())).toEqual([]);
    expect(checkIntegrity(content(['a', 'b', 'c', 'd', 'e', 'f']))).toEqual([]);
  });

  it('reports an unknown reference with file, entry, field and fix', () => {
    const s = content();
    s.data.caseData![0]!.data.principles = [ref('principleData', 'p9')];
    const [p] = checkIntegrity(s);
    expect(p).toMatchObject({ file: 'content/data/cases/case-a.yaml', entry: 'case-a', field: 'principles.0', problem: 'unknown principleData id "p9"' });
    expect(p!.fix).toContain('content/data/principleData.yaml');
  });

  it('reports a prose file without its twin, naming the missing file, whichever locale is read first', () => {
    for (const locale of ['en', 'sv']) {
      const s = content();
      s.prose = s.prose.filter((p) => !(p.kind === 'cases' && p.locale === locale));
      const problems = checkIntegrity(s);
      expect(problems).toHaveLength(1);
      const other = locale === 'en' ? 'sv' : 'en';
      expect(problems[0]).toMatchObject({ file: `content/${other}/cases/case-a.mdx`, problem: `has no twin in "${locale}"` });
      expect(problems[0]!.fix).toContain(`content/${locale}/cases/case-a.mdx`);
    }
  });

  it('pairs prose with data both ways', () => {
    const s = content();
    s.prose.push(prose('cases', 'en', 'orphan'), prose('cases', 'sv', 'orphan'));
    s.data.caseData!.push(entry('content/data/cases/lonely.yaml', 'lonely', { city: ref('cityData', 'alpha'), principles: [] }));
    const problems = checkIntegrity(s).map((p) => `${p.file} ${p.entry ?? ''} ${p.problem}`);
    expect(problems).toEqual([
      'content/data/cases/lonely.yaml lonely has no prose',
      'content/en/cases/orphan.mdx  no entry "orphan" in content/data/caseData.yaml',
      'content/sv/cases/orphan.mdx  no entry "orphan" in content/data/caseData.yaml',
    ]);
  });

  it('checks every <Cite>: known source, and a locator, naming the line in the file', () => {
    const s = content();
    s.prose[0]!.text = '---\ntitle: T\n---\nOne.<Cite source="nowhere" at="§1" />\n\nTwo.<Cite source="report" at="" />';
    const problems = checkIntegrity(s);
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      ['line 4: <Cite> field "source"', 'unknown source id "nowhere"'],
      ['line 6: <Cite> field "at"', 'a locator is required'],
    ]);
  });

  it('reads citations from the parsed MDX: one in a comment is not a citation, and a locator may hold ">"', () => {
    const s = content();
    s.prose[0]!.text = 'Text.\n\n{/* <Cite source="nowhere" /> */}\n\nMore <Cite source="report" at="Table 2 > row 3" />.';
    expect(checkIntegrity(s)).toEqual([]);
  });

  it('reports every missing cell of the responsibility matrix and every missing finding', () => {
    const s = content();
    s.data.responsibilities = s.data.responsibilities!.filter((r) => r.id !== 't2-financing-beta' && r.id !== 't4-state-cooperation-alpha');
    s.data.findings = s.data.findings!.filter((f) => f.id !== '2-alpha');
    expect(checkIntegrity(s).map((p) => p.entry)).toEqual(['2-alpha', 't2-financing-beta', 't4-state-cooperation-alpha']);
  });

  it('checks a row id against its cell, the lead against the actors, and text-only cells', () => {
    const s = content();
    const rows = s.data.responsibilities!;
    rows.find((r) => r.id === 't2-allocation-alpha')!.data.lead = { actor: ref('actors', 'state'), citation: cite };
    rows.find((r) => r.id === 't1-trends-alpha')!.data.lead = { actor: ref('actors', 'state'), citation: cite };
    s.data.actors = [entry('content/data/actors.yaml', 'state', {})];
    rows.find((r) => r.id === 't3-provision-beta')!.id = 't3-provisions-beta';
    const problems = checkIntegrity(s).map((p) => `${p.entry} ${p.field ?? ''}: ${p.problem}`);
    expect(problems).toEqual([
      't1-trends-alpha lead: a text-only cell has no leading actor',
      't2-allocation-alpha lead: "state" is not among the cell\'s actors',
      't3-provision-beta : missing cell of the responsibility matrix (Table 3, provision, beta)',
      't3-provisions-beta id: must be "t3-provision-beta" (table, function and city)',
    ]);
  });

  it('runs the question rules in the same pass: an answer for every partner city, from rows of that city', () => {
    const s = content();
    s.data.questions = [entry('content/data/questions.yaml', 'who-allocates', { compare: ['social-housing'], answers: { alpha: { rows: ['t2-allocation-beta'] } } })];
    expect(checkIntegrity(s).map((p) => p.problem)).toEqual([
      'entry "who-allocates": field "answers.alpha.rows.0": responsibility row "t2-allocation-beta" is about beta, not alpha',
      'entry "who-allocates": field "answers.beta": no answer for partner city "beta" (write one, or status: not-reported with the section searched)',
    ]);
  });

  it('knows a compare topic for each principle in the data, and no other', () => {
    const s = content();
    const answers = { alpha: {}, beta: {} };
    s.data.questions = [entry('content/data/questions.yaml', 'q', { compare: ['regime', 'employment', 'principle-2', 'principle-3'], answers })];
    expect(checkIntegrity(s).map((p) => p.problem)).toEqual([
      'entry "q": field "compare.3": unknown compare topic "principle-3" (known: regime, organisation, social-housing, supported-housing, employment, principle-1, principle-2)',
    ]);
    s.data.principleData!.push(entry('content/data/principles.yaml', 'p3', { number: 3 }));
    s.data.findings!.push(...['alpha', 'beta'].map((c) => entry('content/data/findings.yaml', `3-${c}`, { principle: ref('principleData', 'p3'), city: ref('cityData', c), citations: [cite] })));
    s.prose.push(prose('principles', 'en', 'p3'), prose('principles', 'sv', 'p3'));
    expect(checkIntegrity(s)).toEqual([]);
  });

  it("checks the regimes' column order: each position once, a sub-type beside its parent, a hybrid's two regimes side by side", () => {
    const orderProblems = (orders: Record<string, number>) => {
      const s = content();
      const regime = (id: string, parent?: string) => entry('content/data/regimes.yaml', id, { order: orders[id], ...(parent ? { parent: ref('regimeData', parent) } : {}) });
      s.data.regimeData = [regime('a'), regime('b'), regime('b-sub', 'b'), regime('c')];
      s.data.cityData![0]!.data.regimes = [ref('regimeData', 'a'), ref('regimeData', 'b')];
      s.data.cityData![1]!.data.regimes = [ref('regimeData', 'c')];
      return checkIntegrity(s).filter((p) => p.field === 'order').map((p) => `${p.file} ${p.entry}: ${p.problem}`);
    };
    expect(orderProblems({ a: 1, b: 2, 'b-sub': 3, c: 4 })).toEqual([]);
    expect(orderProblems({ a: 10, b: 20, 'b-sub': 30, c: 40 })).toEqual([]);
    expect(orderProblems({ a: 1, b: 2, 'b-sub': 3, c: 3 })).toEqual(['content/data/regimes.yaml c: 3 is also the order of "b-sub"']);
    expect(orderProblems({ a: 1, b: 2, 'b-sub': 4, c: 3 })).toEqual(['content/data/regimes.yaml b-sub: the sub-type is not beside its parent "b"']);
    expect(orderProblems({ a: 1, b: 3, 'b-sub': 4, c: 2 })).toEqual(['content/data/regimes.yaml a: "a" and "b" are not side by side, but alpha is a hybrid of the two']);
  });

  it('reports all ten planted gaps in one message, grouped by file', () => {
    const s = content();
    s.data.findings = s.data.findings!.filter((f) => !['1-alpha', '2-beta'].includes(f.id));
    s.data.responsibilities = s.data.responsibilities!.filter((r) => !['t2-programmes-alpha', 't3-financing-beta', 't4-municipal-provision-alpha'].includes(r.id));
    s.prose = s.prose.filter((p) => !(p.locale === 'sv' && p.kind === 'principles' && p.slug === 'p2'));
    s.prose.push(prose('cases', 'en', 'ghost'));
    s.data.caseData![0]!.data.city = ref('cityData', 'gamma');
    s.prose[0]!.text += '<Cite source="missing" at="§3" />';
    s.data.cityData!.push(entry('content/data/cities.yaml', 'delta', { partner: false }));
    s.data.findings!.push(entry('content/data/findings.yaml', '1-delta', { principle: ref('principleData', 'p1'), city: ref('cityData', 'delta'), citations: [{ source: ref('sources', 'nope'), at: '§1' }] }));
    const problems = checkIntegrity(s);
    // 2 findings, 3 cells, 1 twin, 2 for the ghost case (no twin, no data), 1 city, 1 cite, 1 source.
    expect(problems).toHaveLength(11);
    const message = formatProblems(problems);
    expect(message).toMatch(/^The content has 11 problems:/);
    const files = [...message.matchAll(/^(content\/\S+)$/gm)].map((m) => m[1]);
    expect(files).toEqual([...new Set(files)].sort());
    expect(message.match(/^ {4}fix: /gm)).toHaveLength(11);
  });
});
