// The schemas accept every entry of the real content and reject broken examples.
import { describe, expect, it } from 'vitest';
import { cityDataSchema, principleDataSchema, regimeDataSchema } from '../../src/schemas/places';
import { actorSchema } from '../../src/schemas/actors';
import { responsibilitySchema } from '../../src/schemas/responsibilities';
import { findingSchema } from '../../src/schemas/findings';
import { sourceSchema } from '../../src/schemas/sources';
import { glossarySchema } from '../../src/schemas/glossary';
import { caseDataSchema } from '../../src/schemas/cases';
import { evaluationToolSchema } from '../../src/schemas/evaluation-tools';
import { caseIds, readList, readYamlFile, refStub } from '../helpers/content';

const lists = {
  cities: cityDataSchema(refStub),
  regimes: regimeDataSchema(refStub),
  principles: principleDataSchema(refStub),
  actors: actorSchema,
  responsibilities: responsibilitySchema(refStub),
  findings: findingSchema(refStub),
  sources: sourceSchema,
  glossary: glossarySchema(refStub),
  'evaluation-tools': evaluationToolSchema(refStub),
};

describe('real content passes its schema', () => {
  for (const [file, schema] of Object.entries(lists)) {
    it(`content/data/${file}.yaml`, () => {
      for (const entry of readList(file)) {
        const result = schema.safeParse(entry);
        expect(result.error?.issues, `${file}: ${String(entry.id)}`).toBeUndefined();
      }
    });
  }
  it('content/data/cases/*.yaml', () => {
    const schema = caseDataSchema(refStub);
    expect(caseIds().length).toBeGreaterThan(0);
    for (const id of caseIds()) {
      const result = schema.safeParse(readYamlFile('data', 'cases', `${id}.yaml`));
      expect(result.error?.issues, id).toBeUndefined();
    }
  });
});

const jobbtorg = () => structuredClone(readYamlFile('data', 'cases', 'jobbtorg.yaml')) as Record<string, unknown>;
const issuePaths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('broken examples are rejected, naming the field', () => {
  const caseSchema = caseDataSchema(refStub);
  it('an unknown city id in a case', () => {
    expect(issuePaths(caseSchema.safeParse({ ...jobbtorg(), city: 'atlantis' }))).toEqual(['city']);
  });
  it('a missing required field', () => {
    const { domain: _, ...rest } = jobbtorg();
    expect(issuePaths(caseSchema.safeParse(rest))).toEqual(['domain']);
  });
  it('an unknown key (schemas are strict)', () => {
    expect(caseSchema.safeParse({ ...jobbtorg(), colour: 'red' }).success).toBe(false);
  });
  it('a citation to an unknown source', () => {
    const result = caseSchema.safeParse({ ...jobbtorg(), citations: [{ source: 'no-such-source', at: 'Table 2' }] });
    expect(issuePaths(result)).toEqual(['citations.0.source']);
  });
  it('a citation without a locator', () => {
    const result = caseSchema.safeParse({ ...jobbtorg(), citations: [{ source: 'nlao-eu-report-2010', at: '' }] });
    expect(issuePaths(result)).toEqual(['citations.0.at']);
  });
  it('principle number 7', () => {
    const p = { ...readList('principles')[0]!, id: '7-extra', number: 7 };
    expect(issuePaths(principleDataSchema(refStub).safeParse(p))).toContain('number');
  });
  it('a city without coordinates', () => {
    const { coordinates: _, ...city } = readList('cities').find((c) => c.id === 'stockholm')!;
    expect(issuePaths(cityDataSchema(refStub).safeParse(city))).toEqual(['coordinates']);
  });
  it('a partner city without its welfare regime', () => {
    const { regimes: _, ...city } = readList('cities').find((c) => c.id === 'stockholm')!;
    expect(issuePaths(cityDataSchema(refStub).safeParse(city))).toEqual(['regimes']);
  });
  it('a function that does not belong to the table', () => {
    const row = { ...readList('responsibilities')[0]!, table: 4, function: 'trends' };
    expect(issuePaths(responsibilitySchema(refStub).safeParse(row))).toContain('function');
  });
  it('a reported finding without text', () => {
    const finding = { id: '1-stockholm', principle: '1-accessibility', city: 'stockholm', status: 'reported', gist: { en: 'Jobbtorg', sv: 'Jobbtorg' }, citations: [{ source: 'nlao-eu-report-2010', at: '§4.3.1' }] };
    expect(issuePaths(findingSchema(refStub).safeParse(finding))).toEqual(['text']);
  });
  it('a finding whose gist is longer than 70 characters', () => {
    const row = readList('findings').find((f) => f.id === '1-stockholm')!;
    const gist = { en: 'x'.repeat(71), sv: (row.gist as { sv: string }).sv };
    expect(issuePaths(findingSchema(refStub).safeParse({ ...row, gist }))).toEqual(['gist.en']);
  });
});
