// Every built page is valid HTML (html-validate, recommended rules), carries a
// Content-Security-Policy that allows only the site itself, has no inline event handlers,
// and marks links that leave the site with rel="noopener noreferrer".
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, pages } from '../helpers/site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements in its own (valid) style.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Long content titles are the reader's choice, not an error.
    'long-title': 'off',
    // Inline SVG charts carry presentation attributes and ids from the chart functions.
    'no-inline-style': 'off',
    // Heading ids made from numbered headings ("1-investing-in-quality") are valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
    // Filter checkboxes form groups that share a name, as checkbox groups do.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('valid HTML', () => {
  it('has no html-validate errors on any page', async () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const report = await validator.validateString(readFileSync(path.join(DIST, page.file), 'utf8'), page.file);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
    // The reader alone (the whole study with its tables and charts) takes ~20 s on a busy machine.
  }, 240_000);
});

describe('security of every page', () => {
  it('has a Content-Security-Policy allowing only the site itself (and WebAssembly for search)', () => {
    for (const page of pages()) {
      const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(csp, page.url).toBeTruthy();
      const directives = new Map(csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));
      expect(directives.get('default-src'), page.url).toEqual(["'self'"]);
      expect(directives.get('object-src'), page.url).toEqual(["'none'"]);
      const scripts = directives.get('script-src')!;
      expect(scripts.filter((s) => !s.startsWith("'sha")), page.url).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const d of directives.values()) expect(d.join(' '), page.url).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
  });
  it('has no inline event handlers or javascript: URLs', () => {
    for (const page of pages()) {
      const handlers = page.root.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)).map((a) => `<${el.tagName.toLowerCase()} ${a}>`));
      expect(handlers, page.url).toEqual([]);
      expect(page.root.querySelectorAll('[href^="javascript:"]'), page.url).toHaveLength(0);
    }
  });
  it('marks every external link rel="noopener noreferrer"', () => {
    const bare: string[] = [];
    for (const page of pages()) {
      for (const a of page.root.querySelectorAll('a[href^="http"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${page.url} → ${a.getAttribute('href')}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
