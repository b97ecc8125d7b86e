/**
 * Loads a folder of YAML files, one entry per file, the id being the file name
 * (`content/data/cases/<id>.yaml`). Replaces Astro's glob loader, which parses YAML loosely
 * (dates, hexadecimal numbers) and only warns when two files differ in letter case alone
 * (`JOBBTORG.yaml` beside `jobbtorg.yaml`): such a pair would be one address on the site and
 * one file on Windows and macOS, so it fails the build, as does every other problem.
 */
import { readdir } from 'node:fs/promises';
import type { z } from 'zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './errors';
import { contentPath, storePath } from './content-root';
import { readYamlFile } from './yaml-list';
import { validate } from './validate';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids of the `.yaml` files in a folder (sorted), after checking their names. */
export function idsOf(folder: string, names: readonly string[]): string[] {
  const ids = names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
  // Letter case first: "JOBBTORG" is not a slug, but the clash is what the editor must resolve.
  const seen = new Map<string, string>();
  for (const id of ids) {
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) {
      throw new ContentError(`${folder}/${id}.yaml`, `differs from ${folder}/${first}.yaml only in letter case; file names (ids) must differ in more than that: rename or remove one`);
    }
    seen.set(id.toLowerCase(), id);
  }
  for (const id of ids) {
    if (!SLUG.test(id)) throw new ContentError(`${folder}/${id}.yaml`, `the file name "${id}" is the entry's id and must be a lower-case slug (a-z, 0-9, hyphens): rename the file`);
  }
  return ids;
}

export function yamlFiles<S extends z.ZodType>(folder: string, schema: S): Loader & { schema: S } {
  return {
    name: `yaml-files:${folder}`,
    schema,
    load: async (context: LoaderContext) => {
      const dir = contentPath('data', folder);
      context.store.clear();
      for (const id of idsOf(dir, await readdir(dir))) {
        const file = contentPath('data', folder, `${id}.yaml`);
        const yaml = await readYamlFile(file);
        if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
          throw new ContentError(file, 'must be a mapping of fields (field: value, one per line)');
        }
        const data = await validate(context, schema, file, id, yaml.data as Record<string, unknown>, yaml.lineOf);
        context.store.set({ id, data, filePath: storePath(file) });
      }
    },
  };
}
