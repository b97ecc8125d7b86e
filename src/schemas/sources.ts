/** `content/data/sources.yaml`: the bibliography — the five source documents and everything the report cites. */
import { z } from 'zod';
import { label, localized, slug } from './common';

export const SOURCE_KINDS = ['seed', 'eu-document', 'literature', 'web'] as const;

export const sourceSchema = z
  .strictObject({
    /** Source id used by every citation, e.g. `nlao-eu-report-2010`. */
    id: slug,
    /**
     * `seed`: one of the five documents the site is built from (has its own page);
     * `eu-document`: an EU recommendation, communication, resolution or conclusions;
     * `literature`: a book, article or report the report cites;
     * `web`: a website the report points to.
     */
    kind: z.enum(SOURCE_KINDS),
    /**
     * The full reference as cited on each language's pages: the title as published (Swedish
     * titles stay Swedish, EU acts use their official Swedish title), with the editors'
     * explanation in the page's language; an English-only title is `{ en, lang: en }`.
     */
    reference: label,
    /** A short label for reference lists: "EUROCITIES-NLAO 2010", or `{ en: City of Stockholm 2010, sv: Stockholms stad 2010 }`. */
    short: label,
    /** Year of publication, where known. */
    year: z.number().int().min(1900).max(2030).optional(),
    /**
     * Address given in the source (as printed, even if it no longer resolves). Only http(s):
     * a `javascript:` or `data:` address would run or show anything when a reader clicks it.
     */
    url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' }).optional(),
    /** What the source is, in each language: one sentence. */
    description: localized.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'seed' && s.description === undefined) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'seed documents need a description' });
    }
  });
