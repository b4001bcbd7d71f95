/** The part of citeproc-js (which ships no types) that Diptych calls. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CiteprocCite {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
  }
  interface CiteprocBibMeta {
    bibstart: string;
    bibend: string;
    entry_ids: string[][];
  }
  interface CiteprocEngine {
    opt: { xclass: 'in-text' | 'note' };
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [CiteprocBibMeta, string[]] | false;
    makeCitationCluster(cites: CiteprocCite[]): string;
  }
  const CSL: {
    Engine: new (
      sys: CiteprocSys,
      style: string,
      lang?: string,
      forceLang?: boolean,
    ) => CiteprocEngine;
  };
  export default CSL;
}
