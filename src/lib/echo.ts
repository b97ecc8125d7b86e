/**
 * Text from the address echoed back to the reader ("these parts were ignored: …") is short
 * and few, whatever the address holds: each value is cut to `MAX_ECHO` characters with an
 * ellipsis and at most `MAX_LISTED` are listed, then "and 1,997 more". A crafted link can
 * then neither widen the page nor bury it under a list (used by compare and search).
 */

/** Characters of one echoed value before it is cut. */
export const MAX_ECHO = 40;
/** Echoed values listed before the rest are counted. */
export const MAX_LISTED = 5;

/** `text` cut to `max` characters (whole characters, not UTF-16 halves), ending in "…" when cut. */
export function truncate(text: string, max = MAX_ECHO): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The first `MAX_LISTED` items, each truncated, joined with ", "; if there are more, the
 * `more` template ("and {n} more") follows with the count in the page's number format.
 */
export function echoList(items: readonly string[], more: string, locale: string): string {
  const listed = items.slice(0, MAX_LISTED).map((item) => truncate(item)).join(', ');
  const rest = items.length - MAX_LISTED;
  return rest > 0 ? `${listed} ${more.replace('{n}', new Intl.NumberFormat(locale).format(rest))}` : listed;
}
