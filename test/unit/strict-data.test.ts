// Strict data: the loaders read YAML and CSV strictly and explain every problem in an editor's
// words, naming the file, the entry or row, the field or column, and the fix. In-memory inputs.
import { describe, expect, it } from 'vitest';
import { parseYaml, listEntries } from '../../src/loaders/yaml-list';
import { readCsv } from '../../src/loaders/datasets';
import { idsOf } from '../../src/loaders/yaml-files';
import { explain } from '../../src/loaders/validate';
import { caseDataSchema } from '../../src/schemas/cases';
import { sourceSchema } from '../../src/schemas/sources';
import type { z } from 'zod';
import { readYamlFile, refStub } from '../helpers/content';

const F = 'content/data/x.yaml';
const C = 'content/data/datasets/x.csv';
const error = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, got none');
};
const schemaError = (schema: z.ZodType, yamlText: string): string => {
  const yaml = parseYaml(F, yamlText);
  const result = schema.safeParse(yaml.data);
  expect(result.error).toBeDefined();
  return explain(result.error!.issues, yaml.data, yaml.lineOf);
};

describe('numbers in YAML are plain decimal', () => {
  it.each([
    ['0x1F4', 'not a plain decimal number', 'write 500'],
    ['0o17', 'not a plain decimal number', 'write 15'],
    ['1e3', 'exponents such as 1e3', 'write 1000'],
    ['-0', 'minus zero', 'write 0'],
    ['.nan', '".nan" is not a number', 'leave the value out'],
    ['.inf', '(infinity) is not allowed', 'plain number'],
  ])('%s is rejected, naming file, line and field', (written, problem, fix) => {
    const message = error(() => parseYaml(F, `- id: a\n  year: 2001\n- id: b\n  value: ${written}\n`));
    expect(message).toContain(`${F}: line 4, field "value": "${written}"`);
    expect(message).toContain(problem);
    expect(message).toContain(fix);
  });
  it('plain decimals, signed or with a decimal point, pass', () => {
    expect(parseYaml(F, '- id: a\n  v: [12, -3, +4, 0, 3.25, -0.5]\n').data).toEqual([{ id: 'a', v: [12, -3, 4, 0, 3.25, -0.5] }]);
  });
  it('a UTF-8 byte-order mark is dropped', () => {
    expect(parseYaml(F, '\uFEFF- id: a\n').data).toEqual([{ id: 'a' }]);
  });
});

describe('YAML errors in words an editor understands', () => {
  it('a TAB used for indentation says so, with its line', () => {
    expect(error(() => parseYaml(F, '- id: a\n\tyear: 2001\n'))).toBe(`${F}: line 2: YAML does not allow tabs for indentation; indent with spaces`);
  });
  it('id: 2008 "must be text, got a number"', () => {
    expect(error(() => listEntries(F, parseYaml(F, '- id: "2007"\n- id: 2008\n').data))).toBe(
      `${F}: entry 2: field "id" must be text, got a number (2008); put it in quotes: id: "2008"`,
    );
  });
  it('ids that differ only in letter case clash', () => {
    const yaml = parseYaml(F, '- id: jobbtorg\n- id: JobbTorg\n');
    expect(error(() => listEntries(F, yaml.data, yaml))).toContain('"JobbTorg" (line 2) and "jobbtorg" differ only in letter case');
  });
  it('year: 2010-13-45 is text, named with the file line and the forms a year may take', () => {
    const jobbtorg = readYamlFile('data', 'cases', 'jobbtorg.yaml') as Record<string, unknown>;
    const text = Object.entries({ ...jobbtorg, year: 'PLACEHOLDER' })
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')
      .replace('"PLACEHOLDER"', '2010-13-45');
    const message = schemaError(caseDataSchema(refStub), text);
    const line = text.split('\n').findIndex((l) => l.startsWith('year:')) + 1;
    expect(message).toBe(`field "year" (line ${line}): must be a number or "unknown", got text "2010-13-45"`);
  });
  it('several problems are listed in line order', () => {
    const message = schemaError(sourceSchema, '- id: a\n  kind: web\n  reference: x\n  short: x\n  url: "javascript:alert(1)"\n  year: "1999"\n'.replace(/^- /, '').replace(/\n  /g, '\n'));
    expect(message).toBe(
      'field "url" (line 5): must be a web address starting with https:// or http://; field "year" (line 6): must be a number, got text "1999"',
    );
  });
});

describe('every URL in data is http(s)', () => {
  const source = { id: 'a', kind: 'web', reference: 'R', short: 'S' };
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/', 'file:///etc/passwd'])('%s is rejected', (url) => {
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
  });
  it('https and http pass', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'https://example.org/a?b=c' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: 'http://example.org/' }).success).toBe(true);
  });
});

describe('CSV is read strictly', () => {
  const numeric = new Set(['value']);
  it.each([
    ['0x1F4', 'write 500'],
    ['1e3', 'write 1000'],
    ['0b11', 'write 3'],
    ['-0', 'minus zero; write 0'],
    ['NaN', '"NaN" is not a number'],
    ['Infinity', '(infinity) is not allowed'],
  ])('%s in a number column names the row and column', (written, fix) => {
    const message = error(() => readCsv(C, `district,value\nA,12\nB,${written}\n`, numeric));
    expect(message).toContain(`${C}: row 3, column "value": "${written}"`);
    expect(message).toContain(fix);
  });
  it('plain decimals become numbers, empty cells null, text stays text (for the schema to name)', () => {
    expect(readCsv(C, 'district,value\nA,-3.5\nB,\nC,many\nD,+7\n', numeric)).toEqual([
      { district: 'A', value: -3.5 },
      { district: 'B', value: null },
      { district: 'C', value: 'many' },
      { district: 'D', value: 7 },
    ]);
  });
  it('a category that looks like a number stays text', () => {
    expect(readCsv(C, 'district,value\n0x10,1\n', numeric)).toEqual([{ district: '0x10', value: 1 }]);
  });
  it('a duplicate header fails', () => {
    expect(error(() => readCsv(C, 'district,value,value\nA,1,2\n', numeric))).toBe(
      `${C}: header: the column "value" appears twice (columns 2 and 3); each column needs a name of its own`,
    );
  });
  it('a UTF-8 byte-order mark (as Excel saves CSV) is accepted and dropped', () => {
    expect(readCsv(C, '\uFEFFdistrict,value\r\nA,1\r\n', numeric)).toEqual([{ district: 'A', value: 1 }]);
  });
  it('problems are listed in row order', () => {
    const message = error(() => readCsv(C, 'district,value\nA,1e3\nB,0x2\n', numeric));
    expect(message.indexOf('row 2')).toBeLessThan(message.indexOf('row 3'));
  });
});

describe('case files: ids unique ignoring letter case', () => {
  it('JOBBTORG.yaml beside jobbtorg.yaml fails the build', () => {
    expect(error(() => idsOf('content/data/cases', ['jobbtorg.yaml', 'JOBBTORG.yaml', 'other.yaml']))).toBe(
      'content/data/cases/jobbtorg.yaml: differs from content/data/cases/JOBBTORG.yaml only in letter case; file names (ids) must differ in more than that: rename or remove one',
    );
  });
  it('a file name that is not a slug fails', () => {
    expect(error(() => idsOf('content/data/cases', ['Jobbtorg.yaml']))).toContain('must be a lower-case slug');
  });
  it('other names pass, sorted', () => {
    expect(idsOf('d', ['b.yaml', 'a.yaml', 'README.md'])).toEqual(['a', 'b']);
  });
});
