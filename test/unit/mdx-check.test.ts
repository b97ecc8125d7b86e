// MDX is content, not code: the prose check rejects, naming the line, everything beyond the
// atlas's vocabulary, and lets through what the real prose uses (a <Cite> in a comment too).
import { describe, expect, it } from 'vitest';
import { checkMdx, urlProblem } from '../../src/loaders/mdx-check';
import { proseProblems } from '../../src/loaders/prose';

const lines = (mdx: string) => checkMdx(mdx).map((p) => p.line);
const messages = (mdx: string) => checkMdx(mdx).map((p) => p.message).join('\n');

describe('the MDX check rejects code and foreign markup, naming the line', () => {
  it('import and export', () => {
    const mdx = "---\ntitle: x\n---\nimport fs from 'node:fs'\n\nText.\n\nexport const leak = fs.readFileSync('/etc/passwd', 'utf8')\n";
    expect(lines(mdx)).toEqual([4, 8]);
    expect(messages(mdx)).toContain('"import" and "export" are not allowed');
  });
  it('JavaScript expressions, which can read the build machine without an import', () => {
    expect(lines('Home: {process.env.HOME}.')).toEqual([1]);
    expect(messages('Home: {process.env.HOME}.')).toContain('holds JavaScript');
  });
  it('a <script>', () => {
    expect(lines('Text.\n\n<script>alert(1)</script>\n')).toEqual([3]);
    expect(messages('<script>alert(1)</script>')).toContain('<script> is not allowed');
  });
  it('an event attribute', () => {
    expect(messages('<img src="/x.png" alt="" onerror="alert(1)" />')).toContain('event attributes ("on…")');
    expect(messages('<a href="/en/" onClick="x()">a</a>')).toContain('remove onClick');
  });
  it('javascript: links, in Markdown and in tags, however they are spelled', () => {
    expect(lines('[a](javascript:alert(1))')).toEqual([1]);
    expect(lines('<a href="JavaScript:alert(1)">a</a>')).toEqual([1]);
    expect(lines('<a href="java\tscript:alert(1)">a</a>')).toEqual([1]);
    expect(lines('[a]: data:text/html,x\n\n[b][a]')).toEqual([1]);
    expect(messages('[a](javascript:alert(1))')).toContain('uses "javascript:"');
  });
  it('embeds and images from other hosts', () => {
    expect(messages('<iframe src="https://example.org/" />')).toContain('<iframe> is not allowed');
    expect(messages('<object data="https://example.org/x" />')).toContain('<object> is not allowed');
    expect(messages('<embed src="https://example.org/x" />')).toContain('<embed> is not allowed');
    expect(messages('![x](https://example.org/track.png)')).toContain('would load from another site');
    expect(messages('<img src="https://example.org/track.png" alt="" />')).toContain('would load from another site');
    expect(messages('<a href="//example.org/">a</a>')).toContain('starts with "//"');
  });
  it('a meta refresh, a link and a form', () => {
    expect(messages('<meta http-equiv="refresh" content="0;url=https://example.org/" />')).toContain('<meta> is not allowed: it can redirect');
    expect(messages('<link rel="stylesheet" href="https://example.org/x.css" />')).toContain('<link> is not allowed');
    expect(messages('<form action="https://example.org/"><input name="q" /></form>')).toContain('<form> is not allowed');
  });
  it('style elements and attributes', () => {
    expect(messages('<style>{`body{display:none}`}</style>')).toContain('<style> is not allowed');
    expect(messages('<p style="position:fixed;inset:0">x</p>')).toContain('style attributes are not allowed');
  });
  it('elements and attributes outside the vocabulary, spreads and {…} values', () => {
    expect(messages('<video src="/x.mp4" />')).toContain('<video> is not allowed in content; use Markdown or one of the atlas\'s components (<Cite>, <Note>)');
    expect(messages('<Cite source="a" at="x" n="3" />')).toContain('the attribute "n" is not allowed here (allowed: source, at)');
    expect(messages('<Cite {...props} />')).toContain('a "{…}" in a tag is code');
    expect(messages('<Cite source={x} at="y" />')).toContain('write source="text"');
    expect(messages('<>x</>')).toContain('fragment');
  });
  it('a syntax error is one problem with its line', () => {
    const problems = checkMdx('Text.\n\nA <b broken');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('the MDX cannot be read');
  });
  it('problems come in line order', () => {
    expect(lines('<script />\n\n[a](javascript:x)\n\nimport x from "y"\n')).toEqual([1, 3, 5]);
  });
});

describe('the MDX check lets content through', () => {
  it('Markdown, the atlas components, comments and allowed links', () => {
    const mdx = [
      '---',
      'title: "A <title> with {braces}"',
      '---',
      '## Heading',
      '',
      'Text <Cite source="nlao-eu-report-2010" at="§4.3.2" /> and [a link](https://example.org/), [mail](mailto:x@example.org),',
      '[here](/en/cities/stockholm/), [there](#section) and [relative](../glossary/).',
      '',
      '{/* <Cite source="draft" /> a note to editors */}',
      '',
      '<Note>An editorial note with <em>emphasis</em>.</Note>',
      '',
      '![A chart](/images/chart.png)',
      '',
      '`<script>` in code is text, and so is:',
      '',
      '```',
      '<iframe src="https://example.org/"></iframe>',
      '```',
    ].join('\n');
    expect(checkMdx(mdx)).toEqual([]);
  });
  it('urlProblem allows what the issue allows', () => {
    for (const ok of ['https://a.example/', 'http://a.example/', 'mailto:a@b.example', '/en/', '#x', 'x/y']) expect(urlProblem(ok), ok).toBeUndefined();
    for (const bad of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', '/\\evil.example']) expect(urlProblem(bad), bad).toBeDefined();
  });
});

describe('prose problems', () => {
  it('name the line in the file', () => {
    expect(proseProblems('a\n\nimport x from "y"\n')).toEqual([
      'line 3: "import" and "export" are not allowed: MDX in the atlas is content, not code. Remove the line.',
    ]);
  });
});

describe('the real prose', () => {
  it('passes the MDX check', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONTENT, listFiles } = await import('../helpers/content');
    const files = listFiles(CONTENT).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((f) => checkMdx(readFileSync(`${CONTENT}/${f}`, 'utf8')).map((p) => `${f}:${p.line}: ${p.message}`));
    expect(problems).toEqual([]);
  });
});
