/** Where a citation points: a seed document has its own page; other sources an entry on the sources page. */

export interface Citation {
  source: string;
  at: string;
}
