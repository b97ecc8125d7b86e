/**
 * Turns a data label (see `label` in `src/schemas/common.ts`) into text for one page, split
 * into runs by language, so components can mark foreign words with `lang` (WCAG 3.1.2).
 *
 * Inside a label, a word or title in another language is written as a Pandoc-style span:
 * `Edinburghs kommun: bussen [Get on board]{lang=en}`. `{ en, lang: en }` marks a whole label.
 */
import type { Locale } from '../i18n/locales';
import type { Label } from '../schemas/common';

export interface LabelRun {
  text: string;
  /** The run's language when it differs from the page's; `undefined` for the page's own language (or a name). */
  lang: string | undefined;
}

/** `[text]{lang=xx}`: a run in another language inside a label. */
const SPAN = /\[([^\]]+)\]\{lang=([a-z]{2})\}/g;

function runs(locale: Locale, text: string): LabelRun[] {
  const out: LabelRun[] = [];
  let last = 0;
  for (const m of text.matchAll(SPAN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), lang: undefined });
    out.push({ text: m[1]!, lang: m[2] === locale ? undefined : m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), lang: undefined });
  return out;
}

/** Text with any `[…]{lang=xx}` markers removed, for search and other plain-text uses. */
export const plainText = (text: string): string => text.replace(SPAN, '$1');

export function labelRuns(locale: Locale, label: Label): LabelRun[] {
  if (typeof label === 'string') return runs(locale, label);
  if ('sv' in label) return runs(locale, label[locale]);
  return [{ text: label.en, lang: locale === 'en' ? undefined : 'en' }];
}

/** The label as plain text (for attributes and `<title>`, where no `lang` can be set). */
export const labelString = (locale: Locale, label: Label): string =>
  labelRuns(locale, label).map((r) => r.text).join('');
