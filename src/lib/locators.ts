/**
 * Locators are written once, mostly in English ("Table 2", "Fact box 10", "ch. 3", "fn 42"),
 * and shown in the page's language: Swedish pages read "tabell 2", "faktaruta 10", "kap. 3",
 * "fotnot 42". Locators already in Swedish, section names and titles pass through unchanged.
 */
import type { Locale } from '../i18n/locales';

const SWEDISH: Array<[RegExp, string]> = [
  [/\bas cited in the report,?\s*/g, 'enligt rapportens '],
  [/\bas cited in\b/g, 'enligt'],
  [/\bas given in\b/g, 'enligt'],
  [/\bas linked in\b/g, 'enligt länken i'],
  [/\baddress as printed in\b/g, 'adressen i'],
  [/\bpage linked in\b/g, 'sidan som länkas i'],
  [/\btitle and date\b/g, 'titel och datum'],
  [/\bdownload site named in\b/g, 'nedladdningsplats enligt'],
  [/\bhome page\b/g, 'startsidan'],
  [/\bwebsite\b/g, 'webbplats'],
  [/\bFact boxes\b/g, 'faktarutorna'],
  [/\bFact box\b/g, 'faktaruta'],
  [/\bTables\b/g, 'tabellerna'],
  [/\bTable\b/g, 'tabell'],
  [/\bAppendices\b/g, 'bilagorna'],
  [/\bAppendix\b/g, 'bilaga'],
  [/\bch\. /g, 'kap. '],
  [/\bfn (?=\d)/g, 'fotnot '],
  [/\bsections\b/g, 'avsnitten'],
  [/\bsection\b/g, 'avsnitt'],
  [/\bsummary\b/g, 'sammanfattning'],
  [/\bConclusions\b/g, 'slutsatserna'],
  [/\bTerminology\b/g, 'Terminologi'],
  [/\bp\. (?=\d)/g, 's. '],
  [/\band\b/g, 'och'],
];

export function localizeLocator(locale: Locale, at: string): string {
  if (locale === 'en') return at;
  // Lower case, as a locator reads after the source's name: "EUROCITIES-NLAO 2010, tabell 2".
  return SWEDISH.reduce((s, [pattern, sv]) => s.replace(pattern, sv), at);
}
