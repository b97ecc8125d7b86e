/**
 * Loads a YAML file holding a list of entries, each with an `id`. Unlike Astro's `file()`
 * loader, which logs and carries on, every problem here fails the build with the file named:
 * a missing file, malformed YAML, a missing or duplicate id.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './errors';
import { contentPath, storePath } from './content-root';
import { validate } from './validate';

/** Reads and parses one YAML file; a syntax error names the file, line and column. */
export async function readYaml(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ContentError(file, 'file not found');
  }
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    throw new ContentError(file, `malformed YAML: ${(error as Error).message}`);
  }
}

/** Checks that a parsed YAML document is a list of objects with unique string ids. */
export function listEntries(file: string, data: unknown): Array<{ id: string; data: Record<string, unknown> }> {
  if (!Array.isArray(data)) throw new ContentError(file, 'must be a YAML list of entries');
  const seen = new Set<string>();
  return data.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ContentError(file, `entry ${index + 1} is not a mapping`);
    }
    const id = (item as Record<string, unknown>).id;
    if (typeof id !== 'string' || id === '') throw new ContentError(file, `entry ${index + 1}: field "id" is missing`);
    if (seen.has(id)) throw new ContentError(file, `field "id": duplicate id "${id}"`);
    seen.add(id);
    return { id, data: item as Record<string, unknown> };
  });
}

export function yamlList(name: string): Loader {
  return {
    name: `yaml-list:${name}`,
    load: async (context: LoaderContext) => {
      const file = contentPath('data', `${name}.yaml`);
      const entries = listEntries(file, await readYaml(file));
      context.store.clear();
      for (const entry of entries) {
        const data = await validate(context, file, entry.id, entry.data);
        context.store.set({ id: entry.id, data, filePath: storePath(file) });
      }
    },
  };
}
