/** Runs the collection schema over one entry and rewrites a failure so it names the file, the entry and the field. */
import type { LoaderContext } from 'astro/loaders';
import { ContentError } from './errors';

export async function validate(
  context: LoaderContext,
  file: string,
  id: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  try {
    return await context.parseData({ id, data, filePath: file });
  } catch (error) {
    throw new ContentError(file, `entry "${id}": ${(error as Error).message}`);
  }
}
