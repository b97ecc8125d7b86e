/**
 * Locators are written once, mostly in English ("Table 2", "Fact box 10", "ch. 3", "fn 42"),
 * and shown in the page's language: Swedish pages read "tabell 2", "faktaruta 10", "kap. 3",
 * "fotnot 42". Locators already in Swedish pass through unchanged; a Swedish section name
 * followed by an English gloss ("Bakgrund (Background)") loses the gloss. An English page name
 * that stays English comes back marked as `[Get on board]{lang=en}`, so render the result with
 * `LabelText` (or `labelString` in attributes). A unit test checks every locator in the content.
 */
import type { Locale } from '../i18n/locales';

const SWEDISH: Array<[RegExp, string]> = [
  [/\bas cited in the cover report,?\s*/g, 'enligt tjänsteutlåtandets '],
  [/\bas (?:cited|listed) in the report,?\s*/g, 'enligt rapportens '],
  [/\bas cited in\b/g, 'enligt'],
  [/\bas given in\b/g, 'enligt'],
  [/\bas linked in\b/g, 'enligt länken i'],
  [/\baddress as printed in\b/g, 'adressen i'],
  [/\baddress given in the report,?\s*/g, 'adressen enligt rapportens '],
  [/\bpage linked in\b/g, 'sidan som länkas i'],
  [/\bhousing allocation pages\b/g, 'sidorna om bostadsfördelning'],
  [/\bannual report\b/g, 'årsredovisning'],
  [/\bcomments page\b/g, 'sidan för synpunkter'],
  [/\bservice quality monitoring form\b/g, 'formuläret för uppföljning av servicekvalitet'],
  // Programme pages keep their English names, marked as English.
  [/\b(Get on board|Independent Living Charter|Local Area Agreement) page\b/g, 'sidan [$1]{lang=en}'],
  [/\bcover letter\b/g, 'missivet'],
  [/\btitle and date\b/g, 'titel och datum'],
  [/\bdownload site named in\b/g, 'nedladdningsplats enligt'],
  [/\bhome page\b/g, 'startsidan'],
  [/\bwebsite\b/g, 'webbplats'],
  [/\bAct No\. (\d+\/\d+) Coll\./g, 'lag nr $1 Sb.'],
  // An English gloss after a Swedish section name: "Bakgrund (Background)" → "Bakgrund". Acronyms such as "(OMC)" and countries stay.
  [/\s\((?!Sweden\)|United Kingdom\))(?=[^()]*[a-z])[A-Z][A-Za-z' -]*\)/g, ''],
  [/\(Sweden\)/g, '(Sverige)'],
  [/\(United Kingdom\)/g, '(Storbritannien)'],
  [/\bFact boxes\b/g, 'faktarutorna'],
  [/\bFact box\b/g, 'faktaruta'],
  [/\bTables\b/g, 'tabellerna'],
  [/\bTable\b/g, 'tabell'],
  [/\bAppendices\b/g, 'bilagorna'],
  [/\bAppendix\b/g, 'bilaga'],
  [/\bch\. /g, 'kap. '],
  [/\bfn (?=\d)/g, 'fotnot '],
  [/\bnote (?=\d)/g, 'not '],
  [/\bsections\b/g, 'avsnitten'],
  [/\bsection\b/g, 'avsnitt'],
  [/\bsummary of the municipalities' role\b/g, 'sammanfattning av kommunernas roll'],
  [/\bsummary\b/g, 'sammanfattning'],
  [/\bConclusions\b/g, 'slutsatserna'],
  [/\bTerminology\b/g, 'Terminologi'],
  [/\bp\. (?=\d)/g, 's. '],
  [/\band\b/g, 'och'],
];

export function localizeLocator(locale: Locale, at: string): string {
  if (locale === 'en') return at;
  // Lower case, as a locator reads after the source's name: "EUROCITIES-NLAO 2010, tabell 2".
  return SWEDISH.reduce((s, [pattern, sv]) => s.replace(pattern, sv), at.trim());
}
