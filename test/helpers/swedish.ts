// Reading Swedish text for the language tests: a built page's text outside foreign-language
// and code elements, a list of English words that never occur in Swedish, and the
// terminology sheet's check for avoided forms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readList } from './content';
import type { Term } from '../../src/schemas/terminology';

/** Elements whose text is not Swedish prose: code, scripts, and anything marked with another language. */
const NOT_SWEDISH = 'script, style, template, code, pre, noscript, [lang]:not([lang^="sv"])';

/**
 * The text of a built page as a Swedish reader meets it: the body (header, main, footer, chart
 * labels) plus the `aria-label`, `alt` and `title` attributes screen readers announce, without
 * elements in another language and without web addresses, site paths and file names. Parsed afresh, since it removes nodes.
 */
export function swedishText(file: string, options: { drop?: string | undefined } = {}): string {
  const root = parse(readFileSync(file, 'utf8'));
  const body = root.querySelector('body') ?? root;
  // An attribute cannot carry lang: a name the page marks as English where it is shown (a
  // programme's English name) may also stand in an attribute, so it is left out there too.
  const foreign = body.querySelectorAll('[lang]:not([lang^="sv"])').map((el) => el.text.trim()).filter((t) => t.length > 0);
  for (const el of body.querySelectorAll(options.drop ? `${NOT_SWEDISH}, ${options.drop}` : NOT_SWEDISH)) el.remove();
  const attributes = body
    .querySelectorAll('[aria-label], [alt], [title]')
    .flatMap((el: HTMLElement) => ['aria-label', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''))
    .map((a) => foreign.reduce((text, f) => text.replaceAll(f, ' '), a));
  // Block elements end with a line break, so words in neighbouring cells never run together.
  const text = [body.structuredText, ...attributes].join('\n');
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\b[\w.-]+\.(?:se|eu|nl|uk|it|cz|com|org|net|gov|json|csv|xlsx|zip|pdf)\b\S*/g, ' ')
    .replace(/(?<!\S)\/[\w./-]*/g, ' ');
}

/** The built file of a page URL. */
export const builtFile = (dist: string, file: string): string => path.join(dist, file);

/**
 * English words that are not also Swedish words (so not "in", "is", "by", "be", "not", "all",
 * "man", "under", "total", "must", "appendix"), matched whole and in lower case only, so names
 * and acronyms do not count.
 */
export const ENGLISH_WORDS = [
  'the', 'of', 'and', 'to', 'for', 'with', 'from', 'this', 'that', 'which', 'these', 'those',
  'are', 'was', 'were', 'been', 'has', 'have', 'had', 'but', 'their', 'its', 'they', 'there',
  'what', 'when', 'where', 'who', 'how', 'would', 'should', 'could', 'will', 'into', 'about',
  'between', 'through', 'than', 'also', 'only', 'such', 'each', 'other', 'our', 'your', 'you',
  'we', 'on', 'at', 'as', 'or', 'if', 'does', 'did', 'more', 'very', 'many',
  'any', 'some', 'can', 'may', 'here', 'then', 'not yet', 'cited', 'given', 'report',
  'summary', 'page', 'results', 'result', 'source', 'sources', 'housing', 'employment',
  'services', 'service quality', 'council', 'committee', 'table', 'fact box',
  'chapter', 'section', 'proposal', 'recommendation', 'communication', 'website', 'see also',
];

/** Phrases the reviewer found on Swedish pages (issue #16); any of them fails, in any case. */
export const ENGLISH_PHRASES = [
  'City of', 'Stockholm total', 'social services committee', 'Cited by the report', 'the report gives',
  'summary of', 'Recommendation 2008', 'Proposal to establish', '(total)', 'et al.', 'as cited in',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English words and phrases in a text, once each. Words in `total` etc. count only as whole words. */
export function englishIn(text: string): string[] {
  const found = new Set<string>();
  for (const w of ENGLISH_WORDS) {
    // Whole words, lower case: "The" at the start of a sentence is caught by its neighbours.
    if (new RegExp(`(?<![\\p{L}\\p{N}-])${escape(w)}(?![\\p{L}\\p{N}-])`, 'u').test(text)) found.add(w);
  }
  for (const p of ENGLISH_PHRASES) {
    if (new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, 'iu').test(text)) found.add(p);
  }
  return [...found];
}

let sheetCache: Term[] | undefined;
/** The terminology sheet (read once). */
export const terms = (): Term[] => (sheetCache ??= readList('terminology') as unknown as Term[]);

/** Each term's avoided forms as regular expressions, compiled once per sheet. */
const compiled = new WeakMap<Term[], { any: RegExp; each: Array<{ term: Term; form: string; re: RegExp }> }>();
function patterns(sheet: Term[]) {
  let found = compiled.get(sheet);
  if (!found) {
    const start = '(?<![\\p{L}\\p{N}])';
    const forms = sheet.flatMap((term) => term.avoid.map((form) => ({ term, form, re: new RegExp(`${start}${escape(form)}`, 'iu') })));
    // One pass over the text first: most texts hold no avoided form at all.
    found = { any: new RegExp(`${start}(?:${forms.map((f) => escape(f.form)).join('|')})`, 'iu'), each: forms };
    compiled.set(sheet, found);
  }
  return found;
}

/**
 * Glosses where the report's word, or the word in another language, may stand: a parenthesis
 * that starts with "i rapporten", "rapportens", "i den svenska utgåvan" or a language name.
 */
const GLOSS = /\((?:i rapporten|rapportens|i den svenska utgåvan|engelska|nederländska|italienska|tjeckiska)\b[^()]*\)/giu;

/** Every avoided form in a text (outside glosses), as "form (term id)". */
export function avoidedIn(text: string, sheet: Term[] = terms()): string[] {
  const outsideGlosses = text.replace(GLOSS, ' ');
  const { any, each } = patterns(sheet);
  if (!any.test(outsideGlosses)) return [];
  const found: string[] = [];
  for (const { term, form, re } of each) {
    const plain = (term.names ?? []).reduce((t, name) => t.replaceAll(name, ' '), outsideGlosses);
    if (re.test(plain)) found.push(`${form} (${term.id})`);
  }
  return found;
}

/** Swedish typography: no English or straight double quotes, no em dash. */
export function typographyIn(text: string): string[] {
  const found: string[] = [];
  for (const [mark, name] of [['“', 'English opening quote “'], ['"', 'straight quote "'], ['—', 'em dash —']] as const) {
    const i = text.indexOf(mark);
    if (i >= 0) found.push(`${name} in "${text.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, ' ')}"`);
  }
  return found;
}
