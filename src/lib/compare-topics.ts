/**
 * The compare view's topics, as stable URL values (`?topics=social-housing,principle-5`): the
 * welfare regime, Tables 1–4 and the six principles. Kept apart from the compare model so the
 * integrity check can name them without importing the queries.
 */
import type { TableNumber } from '../schemas/responsibilities';

export const TABLE_TOPICS = { organisation: 1, 'social-housing': 2, 'supported-housing': 3, employment: 4 } as const satisfies Record<string, TableNumber>;
export const TOPIC_IDS = ['regime', ...Object.keys(TABLE_TOPICS), 'principle-1', 'principle-2', 'principle-3', 'principle-4', 'principle-5', 'principle-6'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
