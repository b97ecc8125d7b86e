/**
 * Parses an MDX file or body into its syntax tree (mdast with the MDX node types) with
 * Sätteri, the parser `@astrojs/mdx` compiles it with. Checks that read the tree rather than
 * the text see what the compiler sees: a `<Cite>` inside a `{/* comment *\/}` is a comment,
 * and an attribute value may contain any character.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export type { MdastNode };

/** The tree of an MDX text (front matter becomes a `yaml` node); throws the parser's message on a syntax error. */
export const parseMdx = (text: string): MdastNode => mdxToMdast(text);

/** Calls `visit` for every node of the tree, parents before children, in reading order. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  const children = (node as { children?: MdastNode[] }).children;
  if (children) for (const child of children) walk(child, visit);
}

/** True if a `{…}` expression holds only comments (`{/* … *\/}`), which MDX drops. */
export function isCommentOnly(code: string): boolean {
  let rest = code;
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') return true;
    if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      if (end < 0) return false;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('//')) {
      const end = rest.indexOf('\n');
      rest = end < 0 ? '' : rest.slice(end + 1);
    } else return false;
  }
}
