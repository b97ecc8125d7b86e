/**
 * Error messages in a content editor's words: what is wrong with a value and how to write it
 * instead ("must be text, got a number"), rather than the schema library's wording.
 */
import type { z } from 'zod';

/** A plain decimal number as written in content: optionally signed, with an optional decimal part. */
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
/** Minus zero: "-0", "-0.00"; it would print as "-0". */
const MINUS_ZERO = /^-0+(?:\.0+)?$/;

/**
 * What is wrong with a number written as `source` (the characters in the file), or undefined
 * if it is a plain decimal. `value` is what the parser made of it; text is not a number and
 * is left to the schema.
 */
export function numberProblem(value: unknown, source: string | undefined): string | undefined {
  if (typeof value !== 'number' && typeof value !== 'bigint') return undefined;
  const written = (source ?? String(value)).trim();
  if (Number.isNaN(value)) return `"${written}" is not a number; write a plain number such as 12 or 3.5, or leave the value out if the source does not give it`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `"${written}" (infinity) is not allowed; write a plain number such as 12 or 3.5`;
  if (MINUS_ZERO.test(written)) return `"${written}" is minus zero; write 0`;
  if (!PLAIN_DECIMAL.test(written)) {
    return `"${written}" is not a plain decimal number (hexadecimal, binary, octal and exponents such as 1e3 are not allowed); write ${String(value)}`;
  }
  return undefined;
}

/** A value as an editor would name it: "a number (2008)", "text "2010-13-45"", "a list". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN (not a number)' : `a number (${value})`;
  if (typeof value === 'string') return `text "${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'boolean') return `${value} (yes/no)`;
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};
const noun = (expected: string) => NOUNS[expected] ?? expected;
const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

type Issue = z.core.$ZodIssue;

/** What a union accepts, from the issues of each of its options ("a number or "unknown""). */
function accepted(issue: Extract<Issue, { code: 'invalid_union' }>): string[] {
  const out: string[] = [];
  for (const option of issue.errors) {
    const first = option[0];
    if (first?.code === 'invalid_type' && first.path.length === 0) out.push(noun(first.expected));
    else if (first?.code === 'invalid_value' && first.path.length === 0) out.push(...first.values.map(quote));
  }
  return [...new Set(out)];
}

// Zod's own wording starts like this; a schema's own message ("every case needs a citation") is kept.
const LIBRARY_WORDING = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/** One schema issue in an editor's words, without the field (the caller names it). */
export function issueMessage(issue: Issue, input: unknown): string {
  if (!LIBRARY_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required but missing';
      const fix = issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean') ? `; put it in quotes: "${String(input)}"` : '';
      return `must be ${noun(issue.expected)}, got ${describeValue(input)}${fix}`;
    }
    case 'invalid_union': {
      const options = accepted(issue);
      return options.length > 0 ? `must be ${options.join(' or ')}, got ${describeValue(input)}` : `${describeValue(input)} is not one of the accepted forms`;
    }
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? quote(issue.values[0]) : `one of ${issue.values.map(quote).join(', ')}`}, got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}, got ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `may have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}, got ${describeValue(input)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `must be a web address starting with https:// (or http://), got ${describeValue(input)}`;
      return `has the wrong form (${issue.format}), got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

/** The value at a path inside the data, to describe what the editor wrote. */
export const valueAt = (data: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
