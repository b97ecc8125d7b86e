/**
 * Loads a YAML file holding a list of entries, each with an `id`. Unlike Astro's `file()`
 * loader, which logs and carries on, every problem here fails the build with the file named:
 * a missing file, malformed YAML (tabs named as such), a number that is not plain decimal,
 * a missing, non-text or duplicate id (duplicates ignoring letter case), a schema mismatch
 * (explained in an editor's words by `messages.ts`).
 */
import { readFile } from 'node:fs/promises';
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, ContentErrors } from './errors';
import { contentPath, storePath } from './content-root';
import { validate } from './validate';
import { describeValue, numberProblem } from './messages';

/** A parsed YAML file: its plain data, and where each value is (for line numbers in errors). */
export interface YamlFile {
  file: string;
  data: unknown;
  /** The 1-based line of the value at a path of keys and indices, if it is in the file. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

/** Where a value is, as " (line N)", or nothing when the value is not written in the file. */
export const atLine = (yaml: YamlFile | undefined, path: ReadonlyArray<PropertyKey>): string => {
  const line = yaml?.lineOf(path);
  return line === undefined ? '' : ` (line ${line})`;
};

/** The keys and indices that lead to a node, from the visitor's list of ancestors. */
function pathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const out: PropertyKey[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i += 1) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) out.push(parent.items.indexOf(child as never));
    else if (isPair(parent) && parent.value === child && isScalar(parent.key)) out.push(String(parent.key.value));
  }
  return out;
}

/** Parses YAML text strictly; every problem names the file and the line. */
export function parseYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  // A UTF-8 byte-order mark (as some editors save files) is not content.
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), { prettyErrors: true, lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const tab = text.split('\n').findIndex((l) => /^ *\t/.test(l));
    if (tab >= 0) throw new ContentError(file, `line ${tab + 1}: YAML does not allow tabs for indentation; indent with spaces`);
    throw new ContentError(file, `malformed YAML: ${doc.errors[0]!.message}`);
  }
  const lineOfOffset = (offset: number) => lines.linePos(offset).line;
  const problems: string[] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      const problem = numberProblem(node.value, node.source);
      if (problem === undefined) return;
      const where = pathOf(ancestors, node);
      const field = where.filter((p) => typeof p === 'string').join('.');
      problems.push(`line ${lineOfOffset(node.range?.[0] ?? 0)}${field ? `, field "${field}"` : ''}: ${problem}`);
    },
  });
  if (problems.length > 0) throw new ContentErrors(problems.map((problem) => ({ file, problem })));
  return {
    file,
    data: doc.toJS(),
    lineOf: (path) => {
      const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lineOfOffset(node.range[0]) : undefined;
    },
  };
}

/** Reads and parses one YAML file. */
export async function readYamlFile(file: string): Promise<YamlFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ContentError(file, 'file not found');
  }
  return parseYaml(file, text);
}

/** Reads and parses one YAML file, returning its plain data. */
export const readYaml = async (file: string): Promise<unknown> => (await readYamlFile(file)).data;

/** Checks that a parsed YAML document is a list of mappings with ids that are text and unique, ignoring letter case. */
export function listEntries(file: string, data: unknown, yaml?: YamlFile): Array<{ id: string; data: Record<string, unknown> }> {
  if (!Array.isArray(data)) throw new ContentError(file, 'must be a YAML list of entries (each line of the list starts with "- ")');
  const seen = new Map<string, string>();
  return data.map((item, index) => {
    const entry = `entry ${index + 1}${atLine(yaml, [index])}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ContentError(file, `${entry} is not a mapping of fields (write "- id: …" and the fields under it)`);
    }
    const id = (item as Record<string, unknown>).id;
    if (id === undefined || id === null || id === '') throw new ContentError(file, `${entry}: field "id" is missing`);
    if (typeof id !== 'string') {
      throw new ContentError(file, `${entry}: field "id" must be text, got ${describeValue(id)}; put it in quotes: id: "${String(id)}"`);
    }
    const key = id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ContentError(
        file,
        first === id
          ? `field "id": duplicate id "${id}"${atLine(yaml, [index, 'id'])}; every entry needs an id of its own`
          : `field "id": "${id}"${atLine(yaml, [index, 'id'])} and "${first}" differ only in letter case; ids must differ in more than that (addresses and file names do not tell them apart)`,
      );
    }
    seen.set(key, id);
    return { id, data: item as Record<string, unknown> };
  });
}

export function yamlList<S extends z.ZodType>(name: string, schema: S): Loader & { schema: S } {
  return {
    name: `yaml-list:${name}`,
    schema,
    load: async (context: LoaderContext) => {
      const file = contentPath('data', `${name}.yaml`);
      const yaml = await readYamlFile(file);
      const entries = listEntries(file, yaml.data, yaml);
      context.store.clear();
      for (const [index, entry] of entries.entries()) {
        const data = await validate(context, schema, file, entry.id, entry.data, (path) => yaml.lineOf([index, ...path]));
        context.store.set({ id: entry.id, data, filePath: storePath(file) });
      }
    },
  };
}
