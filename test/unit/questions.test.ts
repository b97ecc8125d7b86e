// The question layer: the real questions pass the schema and the cross-collection rules, and
// broken questions (an unknown row, finding, case or dataset, a missing partner city, an
// unknown compare topic) fail naming the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/questions';
import { questionProblems, type KnownIds, type QuestionRefs } from '../../src/lib/question-check';
import { numberCitations } from '../../src/lib/cite-scan';
import { topicIds } from '../../src/lib/compare-topics';
import { readList, refStub } from '../helpers/content';

const FILE = 'content/data/questions.yaml';
const questions = () => structuredClone(readList('questions'));
const partners = readList('cities').filter((c) => c.partner).map((c) => String(c.id));
const known = (): KnownIds => ({
  partners,
  rows: new Map(readList('responsibilities').map((r) => [String(r.id), String(r.city)])),
  findings: new Map(readList('findings').map((f) => [String(f.id), String(f.city)])),
  datasets: new Set(readList('datasets').map((d) => String(d.id))),
  compareTopics: topicIds(readList('principles').map((p) => Number(p.number))),
});
type Raw = { id: string; compare: string[]; answers: Record<string, Record<string, unknown>> };
/** A question as the integrity check sees it, with the schema's defaults filled in. */
const refs = (q: Raw): QuestionRefs => ({
  id: q.id,
  compare: q.compare,
  answers: Object.fromEntries(
    Object.entries(q.answers).map(([city, a]) => [city, { rows: (a.rows as string[]) ?? [], findings: (a.findings as string[]) ?? [], datasets: (a.datasets as string[]) ?? [] }]),
  ),
});
const schema = questionSchema(refStub);
const issuePaths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('the real questions', () => {
  it('are at least 25, with unique ids', () => {
    const ids = questions().map((q) => q.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('pass the schema', () => {
    for (const q of questions()) expect(schema.safeParse(q).error?.issues, String(q.id)).toBeUndefined();
  });
  it('pass the cross-collection rules: every partner city answered, every reference known', () => {
    expect(questionProblems(FILE, (questions() as Raw[]).map(refs), known())).toEqual([]);
  });
  it('answer every partner city with a cited summary or an explicit not-reported', () => {
    for (const q of questions() as Raw[]) {
      expect(Object.keys(q.answers).sort(), q.id).toEqual([...partners].sort());
      for (const [city, a] of Object.entries(q.answers)) {
        expect((a.citations as unknown[]).length, `${q.id} ${city}`).toBeGreaterThan(0);
        if (a.status === 'reported') expect(a.summary, `${q.id} ${city}`).toBeDefined();
        else expect(a.status, `${q.id} ${city}`).toBe('not-reported');
      }
    }
  });
  it('read as questions, with Swedish typography (”…” quotes, spaced en dash, no em dash)', () => {
    /** Every Swedish text in a question. */
    const swedish = (value: unknown): string[] =>
      Array.isArray(value) ? value.flatMap(swedish)
      : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'sv' && typeof v === 'string' ? [v] : swedish(v)))
      : [];
    for (const q of questions() as Array<Raw & { wording: { en: string; sv: string } }>) {
      expect(q.wording.en.endsWith('?') && q.wording.sv.endsWith('?'), q.id).toBe(true);
      for (const sv of swedish(q)) {
        expect(sv, q.id).not.toMatch(/[—"“]/);
        // A dash between words is spaced; number ranges (14–19) are not.
        expect(sv, q.id).not.toMatch(/\p{L}–|–\p{L}/u);
      }
    }
  });
});

describe('a broken question fails naming the file, the entry and the field', () => {
  const first = () => (questions() as Raw[])[0]!;
  const problemsOf = (q: Raw) => questionProblems(FILE, [refs(q)], known());

  it('an unknown responsibility row', () => {
    const q = first();
    q.answers.stockholm!.rows = ['t9-nothing-stockholm'];
    expect(problemsOf(q)).toEqual([`${FILE}: entry "${q.id}": field "answers.stockholm.rows.0": unknown responsibility row id "t9-nothing-stockholm"`]);
  });
  it('a row of another city', () => {
    const q = first();
    q.answers.stockholm!.rows = ['t2-financing-prague'];
    expect(problemsOf(q)).toEqual([`${FILE}: entry "${q.id}": field "answers.stockholm.rows.0": responsibility row "t2-financing-prague" is about prague, not stockholm`]);
  });
  it('an unknown finding', () => {
    const q = first();
    q.answers.prague!.findings = ['9-prague'];
    expect(problemsOf(q)).toEqual([`${FILE}: entry "${q.id}": field "answers.prague.findings.0": unknown finding id "9-prague"`]);
  });
  it('an unknown dataset', () => {
    const q = first();
    q.answers.rotterdam!.datasets = ['no-such-data'];
    expect(problemsOf(q)).toEqual([`${FILE}: entry "${q.id}": field "answers.rotterdam.datasets.0": unknown dataset id "no-such-data"`]);
  });
  it('a partner city without an answer, and a non-partner city with one', () => {
    const q = first();
    q.answers.edinburgh = q.answers.bologna!;
    delete q.answers.bologna;
    expect(problemsOf(q)).toEqual([
      `${FILE}: entry "${q.id}": field "answers.bologna": no answer for partner city "bologna" (write one, or status: not-reported with the section searched)`,
      `${FILE}: entry "${q.id}": field "answers.edinburgh": "edinburgh" is not a partner city`,
    ]);
  });
  it('a compare topic the compare page does not know', () => {
    const q = first();
    q.compare = ['housing-first'];
    expect(problemsOf(q)[0]).toMatch(new RegExp(`^${FILE}: entry "${q.id}": field "compare.0": unknown compare topic "housing-first"`));
  });
  it('an unknown case (the schema reference), a reported answer without summary, a question without citation', () => {
    const q = questions()[0] as Raw & { differences: { citations: unknown[] } };
    q.answers.stockholm!.cases = ['atlantis'];
    delete q.answers.prague!.summary;
    q.answers.prague!.status = 'reported';
    q.answers.rotterdam!.citations = [];
    expect(issuePaths(schema.safeParse(q)).sort()).toEqual(['answers.prague.summary', 'answers.rotterdam.citations', 'answers.stockholm.cases.0']);
  });
  it('a reported answer that names nothing it restates', () => {
    const q = first();
    q.answers.bologna = { status: 'reported', summary: { en: 'x', sv: 'x' }, citations: [{ source: 'nlao-eu-report-2010', at: 'Table 1' }] };
    expect(issuePaths(schema.safeParse(q))).toEqual(['answers.bologna.rows']);
  });
});

describe('citation numbering', () => {
  it('numbers distinct source + locator pairs in reading order, continuing after a prose list', () => {
    const a = { source: 's', at: 'Table 1' };
    const b = { source: 's', at: '§4.2.1' };
    expect(numberCitations([a, b, a])).toEqual([{ n: 1, ...a }, { n: 2, ...b }]);
    expect(numberCitations([b, a], [{ n: 1, ...a }])).toEqual([{ n: 1, ...a }, { n: 2, ...b }]);
  });
});
