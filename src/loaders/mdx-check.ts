/**
 * MDX is content, not code. MDX can import modules, run JavaScript expressions and emit any
 * HTML; the atlas's prose needs none of that, and a contributor's file must not be able to
 * read the build machine, run scripts in readers' browsers (the offline copy included) or
 * send them to other hosts. So every prose file is checked on its parsed tree (the MDX
 * syntax tree, so comments and code are what they are) against one vocabulary:
 * Markdown's own output plus the atlas's components, a few plain attributes, and links that
 * are http(s):, mailto:, site-relative or a #fragment. Anything else fails the build with
 * the file, the line and what to do instead.
 *
 * The vocabulary lives here, in one place; `Prose.astro` maps the components to their
 * `.astro` files (a component listed here but not mapped there fails at render).
 */
import { isCommentOnly, parseMdx, walk, type MdastNode } from '../lib/mdx-tree';

/** Attributes any allowed element may carry. */
const COMMON = ['id', 'lang', 'dir', 'title'];

/**
 * Elements an MDX file may write, with the attributes each may carry (besides `COMMON` for
 * the HTML ones). The atlas's components first, then the HTML that Markdown itself produces.
 */
export const MDX_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  /** `<Cite source="id" at="§4.3.2" />`: a numbered reference. */
  Cite: ['source', 'at'],
  /** `<Note>…</Note>`: an editorial note on an error or ambiguity in the source. */
  Note: [],
  a: ['href', 'hreflang'],
  abbr: [],
  blockquote: [],
  br: [],
  code: [],
  del: [],
  em: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  img: ['src', 'alt', 'width', 'height'],
  li: [],
  ol: ['start'],
  p: [],
  pre: [],
  /** `<span lang="en">Get on board</span>`: words in another language, so the page can mark them (WCAG 3.1.2). */
  span: [],
  strong: [],
  sub: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  tr: [],
  ul: [],
};

/** Elements that run, load or restyle things: named in the error with the reason. */
const DANGEROUS: Record<string, string> = {
  script: 'it would run a program in the reader’s browser',
  style: 'it would restyle the whole page; the site’s stylesheet styles content',
  meta: 'it can redirect the page to another site or change how it loads',
  link: 'it would load files from elsewhere into the page',
  iframe: 'it would embed another site in the page',
  object: 'it would embed a plug-in or another site in the page',
  embed: 'it would embed a plug-in or another site in the page',
  form: 'it would send readers’ input somewhere',
  base: 'it would redirect every link on the page',
};

/** Attributes that hold an address, checked with `urlProblem`. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

export interface MdxProblem {
  /** 1-based line in the text that was checked. */
  line: number;
  message: string;
}

// Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:").
const squeeze = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/**
 * What is wrong with an address in content, or undefined if it is fine. Links may go to
 * http(s):, mailto:, a path on this site or a #fragment; images (`embedded`) only to this
 * site, because loading a file from another host tells that host who is reading.
 */
export function urlProblem(url: string, embedded = false): string | undefined {
  const u = squeeze(url);
  if (u.startsWith('//') || u.startsWith('/\\') || u.startsWith('\\')) {
    return `the address "${url}" starts with "//" or "\\", which browsers read as another site; write https://… in full, or a path on this site starting with one "/"`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (embedded) {
    return scheme === undefined ? undefined : `the image "${url}" would load from another site; put the file in public/ and use its path on this site ("/…")`;
  }
  if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') return undefined;
  return `the address "${url}" uses "${scheme}:", which is not allowed; links may be https://…, http://…, mailto:…, a path on this site ("/en/…") or "#section"`;
}

type JsxNode = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const lineOf = (node: MdastNode) => node.position?.start.line ?? 0;

function checkElement(node: JsxNode, report: (message: string) => void): void {
  const { name } = node;
  if (name === null) return report('"<>…</>" (a fragment) is not allowed; remove the brackets and keep the text');
  if (DANGEROUS[name.toLowerCase()]) return report(`<${name}> is not allowed: ${DANGEROUS[name.toLowerCase()]}. Remove it.`);
  const allowed = MDX_VOCABULARY[name];
  if (allowed === undefined) {
    return report(`<${name}> is not allowed in content; use Markdown or one of the atlas's components (${Object.keys(MDX_VOCABULARY).filter((k) => /^[A-Z]/.test(k)).map((k) => `<${k}>`).join(', ')})`);
  }
  const component = /^[A-Z]/.test(name);
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      report(`<${name} {…}>: a "{…}" in a tag is code and is not allowed; write each attribute as name="text"`);
      continue;
    }
    const attrName = attr.name;
    if (/^on/i.test(attrName)) {
      report(`<${name} ${attrName}>: event attributes ("on…") run programs and are not allowed; remove ${attrName}`);
    } else if (attrName.toLowerCase() === 'style') {
      report(`<${name} style>: style attributes are not allowed; the site's stylesheet styles content. Remove it.`);
    } else if (!allowed.includes(attrName) && (component || !COMMON.includes(attrName))) {
      report(`<${name} ${attrName}>: the attribute "${attrName}" is not allowed here${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}; remove it`);
    } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      report(`<${name} ${attrName}={…}>: a "{…}" value is code and is not allowed; write ${attrName}="text"`);
    } else if (URL_ATTRIBUTES.has(attrName) && typeof attr.value === 'string') {
      const problem = urlProblem(attr.value, attrName === 'src');
      if (problem) report(`<${name} ${attrName}>: ${problem}`);
    }
  }
}

/** Every problem in a parsed MDX tree, in line order. */
export function checkMdxTree(tree: MdastNode): MdxProblem[] {
  const problems: MdxProblem[] = [];
  walk(tree, (node) => {
    const report = (message: string) => problems.push({ line: lineOf(node), message });
    switch (node.type) {
      case 'mdxjsEsm':
        report('"import" and "export" are not allowed: MDX in the atlas is content, not code. Remove the line.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* … */} is a comment and stays allowed; anything else is JavaScript.
        if (!isCommentOnly(node.value)) report('"{…}" holds JavaScript, which is not allowed in content; write the text itself (a comment is written {/* … */})');
        break;
      case 'html':
        report('raw HTML is not allowed in content; use Markdown or one of the atlas\'s components');
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url);
        if (problem) report(`link: ${problem}`);
        break;
      }
      case 'image':
      case 'imageReference': {
        const problem = node.type === 'image' ? urlProblem(node.url, true) : undefined;
        if (problem) report(`image: ${problem}`);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.message.localeCompare(b.message));
}

/** Every problem in an MDX body, in line order; a syntax error is one problem with its line. */
export function checkMdx(body: string): MdxProblem[] {
  let tree: MdastNode;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as Error & { line?: number; position?: { start?: { line?: number } } };
    return [{ line: e.line ?? e.position?.start?.line ?? 0, message: `the MDX cannot be read: ${e.message}` }];
  }
  return checkMdxTree(tree);
}
