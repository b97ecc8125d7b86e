/** What each `/data/<name>.json` download holds: plain, locale-neutral data with labels as `{ en, sv }`. */
import {
  getActors,
  getAllCities,
  getCases,
  getEvaluationTools,
  getFindings,
  getGlossary,
  getPrinciples,
  getRegimes,
  getResponsibilities,
  getSources,
} from './content';
import { plainText } from './label';

export const DATA_ENDPOINTS = ['cities', 'regimes', 'principles', 'actors', 'responsibilities', 'evaluation-tools', 'findings', 'cases', 'sources', 'glossary'] as const;
export type DataEndpoint = (typeof DATA_ENDPOINTS)[number];

/**
 * The value with every string as plain text: labels mark a word in another language as
 * `[…]{lang=xx}` so pages can set `lang` on it (lib/label.ts); a download carries the words only.
 */
function plain(value: unknown): unknown {
  if (typeof value === 'string') return plainText(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export const endpointData = async (name: DataEndpoint): Promise<unknown> => plain(await collection(name));

async function collection(name: DataEndpoint): Promise<unknown> {
  switch (name) {
    case 'cities':
      return getAllCities();
    case 'regimes':
      return getRegimes();
    case 'principles':
      return getPrinciples();
    case 'actors':
      return [...(await getActors()).values()];
    case 'responsibilities':
      return getResponsibilities(); // rows carry the derived municipal role
    case 'evaluation-tools':
      return getEvaluationTools();
    case 'findings':
      return getFindings();
    case 'cases':
      return getCases();
    case 'sources':
      return getSources();
    case 'glossary':
      return getGlossary();
  }
}
