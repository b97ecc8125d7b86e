/**
 * Runs the collection schema over one entry. A failure names the file, the entry, each field
 * (with its line where known) and what to write instead, in an editor's words; the issues
 * are listed in line order, then field order, so every build reports them the same way.
 * Astro then parses the entry itself (its references and transforms).
 */
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { ContentError } from './errors';
import { issueMessage, valueAt } from './messages';

export async function validate(
  context: LoaderContext,
  schema: z.ZodType,
  file: string,
  id: string,
  data: Record<string, unknown>,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined = () => undefined,
): Promise<Record<string, unknown>> {
  const result = await schema.safeParseAsync(data);
  if (!result.success) throw new ContentError(file, `entry "${id}": ${explain(result.error.issues, data, lineOf)}`);
  try {
    return await context.parseData({ id, data, filePath: file });
  } catch (error) {
    throw new ContentError(file, `entry "${id}": ${(error as Error).message}`);
  }
}

/** The issues of one entry as "field "x" (line N): message; field "y": …". */
export function explain(issues: readonly z.core.$ZodIssue[], data: unknown, lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined): string {
  const parts = issues.map((issue) => {
    // A field that is missing has no line; its entry's line is the next best.
    const line = lineOf(issue.path) ?? lineOf(issue.path.slice(0, -1));
    const field = issue.path.join('.');
    return { line: line ?? 0, field, text: `${field ? `field "${field}"` : 'the entry'}${line ? ` (line ${line})` : ''}: ${issueMessage(issue, valueAt(data, issue.path))}` };
  });
  parts.sort((a, b) => a.line - b.line || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  return parts.map((p) => p.text).join('; ');
}
