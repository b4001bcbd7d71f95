/** The part of citation-js (which ships no types for these entry points) that Diptych calls. */
declare module '@citation-js/core' {
  class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: { format?: 'text' }): string;
  }
  const plugins: { config: { get(name: string): unknown } };
  export { Cite, plugins };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
