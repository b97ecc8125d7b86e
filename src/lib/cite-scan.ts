/**
 * Finds the `<Cite source="…" at="…" />` tags in an MDX body, in reading order, and
 * numbers them: one number per distinct source + locator, as a page's reference list
 * shows them. The loader uses it to reject unknown sources; pages use it to number notes.
 * It reads the parsed tree, not the text, so a tag inside a `{/* comment *\/}` or inline
 * code is not a citation, and a locator may contain any character (even ">").
 */
import { parseMdx, walk } from './mdx-tree';

export interface CiteTag {
  source: string | undefined;
  at: string | undefined;
  /** 1-based line of the tag in the body. */
  line: number;
}

export interface NumberedCitation {
  n: number;
  source: string;
  at: string;
}

// Pages scan the same bodies many times (every source page looks through every entry).
const scanned = new Map<string, CiteTag[]>();

export function scanCites(body: string): CiteTag[] {
  const known = scanned.get(body);
  if (known) return known;
  const tags: CiteTag[] = [];
  walk(parseMdx(body), (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Cite') return;
    const attrs: Record<string, string> = {};
    for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attrs[a.name] = a.value;
    tags.push({ source: attrs.source, at: attrs.at, line: node.position?.start.line ?? 0 });
  });
  scanned.set(body, tags);
  return tags;
}

/** The key under which a page numbers a citation. */
export const citeKey = (source: string, at: string): string => `${source}\u0000${at}`;

export function numberCites(body: string): NumberedCitation[] {
  const seen = new Map<string, NumberedCitation>();
  for (const tag of scanCites(body)) {
    if (tag.source === undefined || tag.at === undefined) continue;
    const key = citeKey(tag.source, tag.at);
    if (!seen.has(key)) seen.set(key, { n: seen.size + 1, source: tag.source, at: tag.at });
  }
  return [...seen.values()];
}

/**
 * Numbers structured-data citations the same way (one number per distinct source + locator,
 * in reading order), continuing after `before` when the page has already numbered its prose.
 */
export function numberCitations(citations: ReadonlyArray<{ source: string; at: string }>, before: NumberedCitation[] = []): NumberedCitation[] {
  const seen = new Map<string, NumberedCitation>(before.map((c) => [citeKey(c.source, c.at), c]));
  for (const c of citations) {
    const key = citeKey(c.source, c.at);
    if (!seen.has(key)) seen.set(key, { n: seen.size + 1, source: c.source, at: c.at });
  }
  return [...seen.values()];
}
