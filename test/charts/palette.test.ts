// The chart palette (Okabe–Ito based) against the page in both colour schemes, as the
// stylesheet defines them: marks at least 3:1 (WCAG 1.4.11), chart text at least 4.5:1 (1.4.3).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/global.css', 'utf8');
const vars = (block: string) => Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const light = Object.assign({}, ...[...css.matchAll(/^:root \{([^}]*)\}/gm)].map((m) => vars(m[1]!))) as Record<string, string>;
const dark = { ...light, ...Object.assign({}, ...[...css.matchAll(/@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/g)].map((m) => vars(m[1]!))) } as Record<string, string>;

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('chart palette', () => {
  it('is read from the stylesheet for both schemes', () => {
    for (const scheme of [light, dark]) for (const v of ['--bg', '--panel', '--fg', '--muted', '--chart-1', '--chart-2']) expect(scheme[v], v).toMatch(/^#/);
    expect(dark['--chart-1']).not.toBe(light['--chart-1']);
  });
  for (const [name, scheme] of [['light', light], ['dark', dark]] as const) {
    it(`gives marks 3:1 and text 4.5:1 against the page and panels (${name})`, () => {
      for (const ground of ['--bg', '--panel']) {
        for (const mark of ['--chart-1', '--chart-2']) expect(contrast(scheme[mark]!, scheme[ground]!), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
        for (const text of ['--fg', '--muted']) expect(contrast(scheme[text]!, scheme[ground]!), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
