// Types for the parts of Citation.js the atlas uses (the packages ship none).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'biblatex' | 'ris'): string;
    format(format: 'data', options?: { format?: 'object' | 'string' }): unknown;
    data: Array<Record<string, unknown>>;
  }
  export const plugins: {
    config: { get(name: '@csl'): { locales: { add(lang: string, xml: string): void; has(lang: string): boolean } } };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
