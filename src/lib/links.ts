/** Internal URLs built from data, so pages never hand-assemble them differently. */
import type { Locale } from '../i18n/locales';

/** A regime's page; a sub-type (the Mediterranean regime) lives in a section of its parent's page. */
export const regimeHref = (locale: Locale, regime: { id: string; parent?: string | undefined }): string =>
  regime.parent ? `/${locale}/regimes/${regime.parent}/#${regime.id}` : `/${locale}/regimes/${regime.id}/`;
