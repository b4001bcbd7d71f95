/**
 * Builds a citeproc-js engine, with its macros found through an index. Building a style walks
 * the whole style tree for every macro call it expands (citeproc 2.4's `XmlJSON.getNodesByName`,
 * some 11,000 calls over 2,400 nodes for Chicago author-date), which was half of the seconds a
 * style took to load; a name → nodes map built once gives the same nodes.
 */
import CSL, { type CiteprocEngine, type CiteprocSys, type CslXmlNode } from 'citeproc';

/** Style trees built here, whose macros may be looked up by name (see the module comment). */
const indexed = new WeakMap<CslXmlNode, Map<string, CslXmlNode[]>>();
let installed = false;

function installMacroIndex(): void {
  if (installed) return;
  installed = true;
  const proto = CSL.XmlJSON.prototype;
  const walk = proto.getNodesByName;
  proto.getNodesByName = function (node, name, nameAttr, ret) {
    // Only the lookup expandMacro makes: a named macro, from the root of a tree built here.
    const index = name === 'macro' && nameAttr && !ret ? indexed.get(node) : undefined;
    if (!index || node !== this.dataObj) return walk.call(this, node, name, nameAttr, ret);
    if (index.size === 0) {
      for (const macro of walk.call(this, node, 'macro')) {
        const key = macro.attrs.name ?? '';
        const same = index.get(key);
        if (same) same.push(macro);
        else index.set(key, [macro]);
      }
    }
    return [...(index.get(nameAttr!) ?? [])];
  };
}

/**
 * A new engine for the style's XML. The style is parsed here (a few tens of milliseconds) rather
 * than by the engine, so that its tree is known to the index; the engine then amends that tree
 * (ids, implied nodes) before it reads any macro, and never adds or removes a macro.
 */
export function buildEngine(sys: CiteprocSys, styleXml: string, lang: string): CiteprocEngine {
  installMacroIndex();
  const tree = CSL.parseXml(styleXml);
  indexed.set(tree, new Map());
  return new CSL.Engine(sys, tree, lang, true);
}
