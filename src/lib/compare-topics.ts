/**
 * The compare view's topics, as stable URL values (`?topics=social-housing,principle-5`): the
 * welfare regime, Tables 1–4 and one topic per common principle, named by its number in
 * content/data/principles.yaml. Kept apart from the compare model so the integrity check can
 * name them without importing the queries.
 */
import type { TableNumber } from '../schemas/responsibilities';

export const TABLE_TOPICS = { organisation: 1, 'social-housing': 2, 'supported-housing': 3, employment: 4 } as const satisfies Record<string, TableNumber>;
export type TableTopicId = keyof typeof TABLE_TOPICS;
export type PrincipleTopicId = `principle-${number}`;
export type TopicId = 'regime' | TableTopicId | PrincipleTopicId;

/** The topic of the principle numbered `n`. */
export const principleTopic = (n: number): PrincipleTopicId => `principle-${n}`;

/** Every topic, in page order, for the principles with these numbers. */
export const topicIds = (principleNumbers: readonly number[]): TopicId[] => [
  'regime',
  ...(Object.keys(TABLE_TOPICS) as TableTopicId[]),
  ...principleNumbers.map(principleTopic),
];
