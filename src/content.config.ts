// Wires each collection to its loader and schema; the schemas live in src/schemas.
import { defineCollection, reference } from 'astro:content';
import { yamlList } from './loaders/yaml-list';
import { proseLoader } from './loaders/prose';
import { datasetsLoader } from './loaders/datasets';
import { yamlFiles } from './loaders/yaml-files';
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
import { questionSchema } from './schemas/questions';

const prose = (kind: string) => defineCollection({ loader: proseLoader(kind), schema: proseSchema });

export const collections = {
  cities: prose('cities'),
  regimes: prose('regimes'),
  principles: prose('principles'),
  cases: prose('cases'),
  pages: defineCollection({ loader: proseLoader('pages'), schema: pageSchema(reference) }),

  cityData: defineCollection({ loader: yamlList('cities', cityDataSchema(reference)) }),
  regimeData: defineCollection({ loader: yamlList('regimes', regimeDataSchema(reference)) }),
  principleData: defineCollection({ loader: yamlList('principles', principleDataSchema(reference)) }),
  actors: defineCollection({ loader: yamlList('actors', actorSchema) }),
  responsibilities: defineCollection({ loader: yamlList('responsibilities', responsibilitySchema(reference)) }),
  findings: defineCollection({ loader: yamlList('findings', findingSchema(reference)) }),
  sources: defineCollection({ loader: yamlList('sources', sourceSchema) }),
  glossary: defineCollection({ loader: yamlList('glossary', glossarySchema(reference)) }),
  caseData: defineCollection({ loader: yamlFiles('cases', caseDataSchema(reference)) }),
  evaluationTools: defineCollection({ loader: yamlList('evaluation-tools', evaluationToolSchema(reference)) }),
  keyFigures: defineCollection({ loader: yamlList('key-figures', keyFigureSchema(reference)) }),
  datasets: defineCollection({ loader: datasetsLoader(datasetSchema(reference)) }),
  // Validated at build time; applied by the Swedish language tests, not rendered.
  terminology: defineCollection({ loader: yamlList('terminology', termSchema) }),
  questions: defineCollection({ loader: yamlList('questions', questionSchema(reference)) }),
};
