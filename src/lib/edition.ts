/**
 * The atlas's edition and public address, from one place: every citation, meta tag and
 * download takes its version, date and absolute URLs from here.
 *
 * - version: package.json's `version`, bumped by the editors for each published edition;
 * - date: the build date (UTC), or NLAO_BUILD_DATE=YYYY-MM-DD to rebuild an edition exactly;
 * - site: NLAO_SITE (e.g. https://atlas.example.org/), the address readers should cite. Without
 *   it (local and offline copies) citations give the path and the edition, not a guessed host.
 */
import pkg from '../../package.json' with { type: 'json' };
import type { Locale } from '../i18n/locales';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function buildDate(): string {
  const fixed = process.env.NLAO_BUILD_DATE;
  if (fixed !== undefined && fixed !== '') {
    if (!ISO_DATE.test(fixed)) throw new Error(`NLAO_BUILD_DATE must be YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

export const EDITION = {
  /** Semantic version of the published edition (package.json). */
  version: pkg.version,
  /** The edition's date, ISO 8601 (YYYY-MM-DD). */
  date: buildDate(),
} as const;

/** The public address without a trailing slash, or undefined when none is configured. */
export const SITE: string | undefined = process.env.NLAO_SITE ? process.env.NLAO_SITE.replace(/\/+$/, '') : undefined;

/** A site path (`/en/cities/…`) as readers should cite it: absolute when the address is known. */
export const publicUrl = (path: string): string => (SITE ? new URL(path, `${SITE}/`).href : path);

/** The edition date as [year, month, day], the form CSL-JSON dates take. */
export const editionDateParts = (): [number, number, number] => {
  const [y, m, d] = EDITION.date.split('-').map(Number);
  return [y!, m!, d!];
};

/** A date in the reader's language ("2 December 2026", "2 december 2026"). */
export const formatDate = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
