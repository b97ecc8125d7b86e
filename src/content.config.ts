// Wires each collection to its loader and schema; the schemas live in src/schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlList } from './loaders/yaml-list';
import { proseLoader } from './loaders/prose';
import { datasetsLoader } from './loaders/datasets';
import { contentPath } from './loaders/content-root';
import { cityDataSchema, principleDataSchema, regimeDataSchema } from './schemas/places';
import { actorSchema } from './schemas/actors';
import { responsibilitySchema } from './schemas/responsibilities';
import { findingSchema } from './schemas/findings';
import { sourceSchema } from './schemas/sources';
import { glossarySchema } from './schemas/glossary';
import { caseDataSchema } from './schemas/cases';
import { datasetSchema } from './schemas/datasets';
import { evaluationToolSchema } from './schemas/evaluation-tools';
import { keyFigureSchema } from './schemas/key-figures';
import { pageSchema, proseSchema } from './schemas/prose';
import { termSchema } from './schemas/terminology';

const prose = (kind: string) => defineCollection({ loader: proseLoader(kind), schema: proseSchema });

export const collections = {
  cities: prose('cities'),
  regimes: prose('regimes'),
  principles: prose('principles'),
  cases: prose('cases'),
  pages: defineCollection({ loader: proseLoader('pages'), schema: pageSchema(reference) }),

  cityData: defineCollection({ loader: yamlList('cities'), schema: cityDataSchema(reference) }),
  regimeData: defineCollection({ loader: yamlList('regimes'), schema: regimeDataSchema(reference) }),
  principleData: defineCollection({ loader: yamlList('principles'), schema: principleDataSchema(reference) }),
  actors: defineCollection({ loader: yamlList('actors'), schema: actorSchema }),
  responsibilities: defineCollection({ loader: yamlList('responsibilities'), schema: responsibilitySchema(reference) }),
  findings: defineCollection({ loader: yamlList('findings'), schema: findingSchema(reference) }),
  sources: defineCollection({ loader: yamlList('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yamlList('glossary'), schema: glossarySchema(reference) }),
  caseData: defineCollection({
    loader: glob({ pattern: '*.yaml', base: contentPath('data', 'cases') }),
    schema: caseDataSchema(reference),
  }),
  evaluationTools: defineCollection({ loader: yamlList('evaluation-tools'), schema: evaluationToolSchema(reference) }),
  keyFigures: defineCollection({ loader: yamlList('key-figures'), schema: keyFigureSchema(reference) }),
  datasets: defineCollection({ loader: datasetsLoader(), schema: datasetSchema(reference) }),
  // Validated at build time; applied by the Swedish language tests, not rendered.
  terminology: defineCollection({ loader: yamlList('terminology'), schema: termSchema }),
};
