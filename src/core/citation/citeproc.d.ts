/** The part of citeproc-js (which ships no types) that Diptych calls. */
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export interface CiteprocCite {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
  }
  export interface CiteprocBibMeta {
    bibstart: string;
    bibend: string;
    entry_ids: string[][];
  }
  export interface CiteprocEngine {
    opt: { xclass: 'in-text' | 'note' };
    /** The ids already loaded through `retrieveItem`; citeproc asks again for those not in it. */
    tmp: { loadedItemIDs: Record<string, boolean> };
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [CiteprocBibMeta, string[]] | false;
    makeCitationCluster(cites: CiteprocCite[]): string;
  }
  /** A node of a style as `CSL.parseXml` gives it. */
  export interface CslXmlNode {
    name: string;
    attrs: Record<string, string | undefined>;
    children: (CslXmlNode | string)[];
  }
  /** citeproc's reader of parsed styles; its lookup is what Diptych indexes. */
  export interface CslXmlJson {
    dataObj: CslXmlNode;
    getNodesByName(
      node: CslXmlNode,
      name: string,
      nameAttr?: string,
      ret?: CslXmlNode[],
    ): CslXmlNode[];
  }
  const CSL: {
    Engine: new (
      sys: CiteprocSys,
      style: string | CslXmlNode,
      lang?: string,
      forceLang?: boolean,
    ) => CiteprocEngine;
    parseXml(xml: string): CslXmlNode;
    XmlJSON: { prototype: CslXmlJson };
  };
  export default CSL;
}
