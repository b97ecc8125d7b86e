// "Did you mean …?": corrects each query word that is not in the site's vocabulary to the
// nearest vocabulary word by edit distance (fastest-levenshtein). Pure and shared by the
// online (Pagefind) and offline (MiniSearch) search, so both suggest the same words.
import { distance } from 'fastest-levenshtein';

/** Edits allowed for a word of this length: one for short words, then one more per four letters. */
const allowed = (length: number) => (length <= 4 ? 1 : Math.min(3, Math.floor(length / 4)));

/** A suggester over a vocabulary (the words from `vocabularyWords` in lib/search-terms). */
export function suggester(words: readonly string[]): (q: string) => string | undefined {
  const lower = words.map((w) => w.toLowerCase());
  const known = new Set(lower);
  const nearest = (word: string): string | undefined => {
    const w = word.toLowerCase();
    if (known.has(w) || w.length < 3 || /^\p{N}+$/u.test(w)) return undefined;
    let best: { d: number; i: number } | undefined;
    for (const [i, candidate] of lower.entries()) {
      if (Math.abs(candidate.length - w.length) > allowed(w.length)) continue;
      const d = distance(w, candidate);
      // Ties go to the candidate closest in length, then to the first in order.
      if (d <= allowed(w.length) && (!best || d < best.d || (d === best.d && Math.abs(candidate.length - w.length) < Math.abs(lower[best.i]!.length - w.length)))) best = { d, i };
    }
    return best ? words[best.i] : undefined;
  };
  return (q) => {
    let changed = false;
    const out = q.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const fix = nearest(word);
      if (!fix) return word;
      changed = true;
      return fix;
    });
    return changed ? out : undefined;
  };
}
