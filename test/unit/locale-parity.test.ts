// The two languages cover exactly the same prose files, and the same UI strings.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import en from '../../src/i18n/ui/en.json';
import sv from '../../src/i18n/ui/sv.json';
import { CONTENT, listFiles } from '../helpers/content';

/** A UI string's text, or each of its plural forms. */
const forms = (value: string | Record<string, string>): string[] => (typeof value === 'string' ? [value] : Object.values(value));

describe('locale parity', () => {
  it('content/en and content/sv hold the same MDX file names', () => {
    const enFiles = listFiles(path.join(CONTENT, 'en'));
    expect(enFiles.length).toBeGreaterThan(0);
    expect(listFiles(path.join(CONTENT, 'sv'))).toEqual(enFiles);
  });
  it('the UI string files have the same keys, none empty', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(sv)]) {
      for (const form of forms(value)) expect(form.trim(), key).not.toBe('');
    }
  });
  it('placeholders match between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const expected = vars(forms(en[key])[0]!);
      for (const form of [...forms(en[key]), ...forms(sv[key])]) expect(vars(form), key).toEqual(expected);
    }
  });
});
