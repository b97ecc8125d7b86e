/** `content/data/actors.yaml`: the vocabulary of bodies that appear in Tables 1–4. */
import { z } from 'zod';
import { localized, slug } from './common';

/**
 * How an actor relates to the municipality. The municipal role of a responsibility
 * row (sole / shared / none) is derived from this, never typed by hand.
 */
export const ACTOR_SPHERES = ['municipal', 'other-public', 'non-profit', 'private'] as const;

export const actorSchema = z.strictObject({
  /** Actor id, e.g. `municipality`, `corporaties`. */
  id: slug,
  /** Name in each language as the tables use it ("Municipality" / "Kommun"). */
  label: localized,
  /**
   * `municipal`: the municipality itself or bodies it owns (municipal housing companies);
   * `other-public`: state, region, province, public agencies;
   * `non-profit`: NGOs, third sector, non-profit housing operators;
   * `private`: firms, private landlords and investors.
   */
  sphere: z.enum(ACTOR_SPHERES),
  /** The term in the local language where the report uses one (e.g. "corporaties"). */
  localTerm: z.string().min(1).optional(),
});
