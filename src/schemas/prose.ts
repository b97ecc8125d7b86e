/** Frontmatter of the prose files in `content/<locale>/<kind>/<id>.mdx`. */
import { z } from 'zod';
import { type Ref } from './common';

/** Common to every prose file. */
const base = {
  /** The page title (the `<h1>` and `<title>`). */
  title: z.string().trim().min(1),
  /** One or two plain-language sentences: the page's lead, meta description and search summary. */
  summary: z.string().trim().min(1),
};

/** Cities, regimes, principles and cases: the file name is the id of the matching data entry. */
export const proseSchema = z.strictObject(base);

/** Free-standing pages (study overview, method, about, source documents). */
export const pageSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    ...base,
    /** For a page that describes one of the source documents: that source's id. */
    source: ref('sources').optional(),
  });
