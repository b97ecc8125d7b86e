/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's numbered citations, set before its prose renders so `<Cite>` can print its number. */
    citations?: import('./lib/cite-scan').NumberedCitation[];
  }
}
