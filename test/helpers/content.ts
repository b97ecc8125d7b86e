// Reads the real content tree for unit tests, and a reference stub that checks ids against it,
// so the schemas can be exercised without Astro.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CollectionName } from '../../src/schemas/common';

/** The content the site under test was built from (the sixth-city stage points it at synthetic content). */
export const CONTENT = path.resolve(process.env.NLAO_CONTENT_ROOT ?? 'content');

export const readYamlFile = (...parts: string[]): unknown => parse(readFileSync(path.join(CONTENT, ...parts), 'utf8'));
export const readList = (name: string): Array<Record<string, unknown>> => readYamlFile('data', `${name}.yaml`) as Array<Record<string, unknown>>;

export const caseIds = (): string[] =>
  readdirSync(path.join(CONTENT, 'data', 'cases')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

const FILE_OF: Record<CollectionName, () => string[]> = {
  cityData: () => readList('cities').map((e) => String(e.id)),
  regimeData: () => readList('regimes').map((e) => String(e.id)),
  principleData: () => readList('principles').map((e) => String(e.id)),
  actors: () => readList('actors').map((e) => String(e.id)),
  sources: () => readList('sources').map((e) => String(e.id)),
  glossary: () => readList('glossary').map((e) => String(e.id)),
  caseData: caseIds,
};

/** Like Astro's `reference()`: a string that must be an id of the named collection. */
export const refStub = (collection: CollectionName) => {
  const ids = new Set(FILE_OF[collection]());
  return z.string().refine((id) => ids.has(id), { message: `unknown ${collection} id` });
};

/** Every file under a directory, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}
