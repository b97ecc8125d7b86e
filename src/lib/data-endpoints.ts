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

export const DATA_ENDPOINTS = ['cities', 'regimes', 'principles', 'actors', 'responsibilities', 'evaluation-tools', 'findings', 'cases', 'sources', 'glossary'] as const;
export type DataEndpoint = (typeof DATA_ENDPOINTS)[number];

export async function endpointData(name: DataEndpoint): Promise<unknown> {
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
