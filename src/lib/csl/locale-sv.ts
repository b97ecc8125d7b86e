// A Swedish CSL locale for the atlas's APA references (written for this project: the terms
// APA uses for web pages and datasets; anything missing falls back to en-US). A module, not an
// .xml file, so the build and the Node scripts load it the same way.
export const SV_SE_LOCALE = `<!-- Swedish terms for the APA citations of the atlas (written for this project; the terms
     the APA style uses for web pages and datasets). Anything missing falls back to en-US. -->
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="sv-SE">
  <style-options punctuation-in-quote="false"/>
  <date form="text">
    <date-part name="day" suffix=" "/>
    <date-part name="month" suffix=" "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="year"/>
    <date-part name="month" form="numeric-leading-zeros" prefix="-"/>
    <date-part name="day" form="numeric-leading-zeros" prefix="-"/>
  </date>
  <terms>
    <term name="accessed">hämtad</term>
    <term name="retrieved">hämtad</term>
    <term name="from">från</term>
    <term name="in">i</term>
    <term name="and">och</term>
    <term name="et-al">m.fl.</term>
    <term name="no date">u.å.</term>
    <term name="no date" form="short">u.å.</term>
    <term name="version">version</term>
    <term name="online">online</term>
    <term name="dataset">datamängd</term>
    <term name="edition">upplaga</term>
    <term name="month-01">januari</term>
    <term name="month-02">februari</term>
    <term name="month-03">mars</term>
    <term name="month-04">april</term>
    <term name="month-05">maj</term>
    <term name="month-06">juni</term>
    <term name="month-07">juli</term>
    <term name="month-08">augusti</term>
    <term name="month-09">september</term>
    <term name="month-10">oktober</term>
    <term name="month-11">november</term>
    <term name="month-12">december</term>
  </terms>
</locale>
`;
