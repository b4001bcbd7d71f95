/**
 * A rendered SVG made to stand alone: computed styles written onto each element, every CSS
 * variable resolved, and nothing that points outside the file (no remote href, no url(#…) to a
 * missing id, no <foreignObject>). The page's stylesheets do not travel with an exported file.
 */
import { withThemeLookup, type ThemeLookup } from '../../ui/themeColor';
import { resolveVars } from './resolveVars';

/** Properties that change how SVG draws, with the value that need not be written. */
const PAINT: readonly (readonly [string, string | null])[] = [
  ['fill', null],
  ['fill-opacity', '1'],
  ['fill-rule', 'nonzero'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-opacity', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['opacity', '1'],
  ['paint-order', 'normal'],
];
const TEXT: readonly (readonly [string, string | null])[] = [
  ['font-size', null],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['letter-spacing', 'normal'],
];
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

/**
 * Marks a subtree drawn with explicit presentation attributes only (no stylesheet reaches it):
 * its styles need no computing, which keeps the export of a chart of thousands of marks fast.
 */
export const PLAIN = 'data-export-plain';

/** Interaction-only parts of a Recharts chart: the hover cursor and active dots. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, foreignObject, script';

/** Attributes a file does not need: classes point at the page's CSS, the rest is interaction. */
const DROPPED = new Set(['class', 'tabindex', 'role', 'focusable', 'data-point', PLAIN]);

/** A standalone copy of `source`; `source` must be in the document (styles are computed). */
export function standaloneSvg(source: SVGSVGElement): SVGSVGElement {
  return withThemeLookup((lookup) => standaloneCopy(source, lookup));
}

function standaloneCopy(source: SVGSVGElement, lookup: ThemeLookup): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...Array.from(source.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const doomed: Element[] = [];
  const plain = new Set<Element>(source.querySelectorAll(`[${PLAIN}], [${PLAIN}] *`));

  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    if (plain.has(original)) {
      for (const attr of Array.from(copy.attributes)) {
        if (DROPPED.has(attr.name)) copy.removeAttribute(attr.name);
        else if (attr.value.includes('var(')) {
          copy.setAttribute(attr.name, resolveVars(attr.value, lookup));
        }
      }
      return;
    }
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      doomed.push(copy);
      return;
    }
    const declarations: string[] = [];
    const write = (list: readonly (readonly [string, string | null])[]): void => {
      for (const [name, skip] of list) {
        const value = style.getPropertyValue(name);
        if (value && value !== skip) declarations.push(`${name}: ${value}`);
      }
    };
    write(PAINT);
    if (TEXT_TAGS.has(copy.localName)) write(TEXT);
    for (const attr of Array.from(copy.attributes)) {
      if (DROPPED.has(attr.name) || attr.name.startsWith('on')) copy.removeAttribute(attr.name);
      else if (attr.value.includes('var('))
        copy.setAttribute(attr.name, resolveVars(attr.value, lookup));
    }
    if (declarations.length > 0)
      copy.setAttribute('style', resolveVars(declarations.join('; '), lookup));
    else copy.removeAttribute('style');
  });

  for (const element of doomed) element.remove();
  clone.querySelectorAll(TRANSIENT).forEach((e) => e.remove());
  removeOutsideReferences(clone);
  return clone;
}

/** Removes links out of the file, and references to ids the file does not hold. */
export function removeOutsideReferences(root: Element): void {
  const ids = new Set(
    [root, ...Array.from(root.querySelectorAll('[id]'))].map((e) => e.getAttribute('id')),
  );
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(element.attributes)) {
      if (attr.name === 'href' || attr.name === 'xlink:href') {
        if (!attr.value.startsWith('#') || !ids.has(attr.value.slice(1))) {
          element.removeAttribute(attr.name);
        }
        continue;
      }
      if (!attr.value.includes('url(')) continue;
      const cleaned =
        attr.name === 'style'
          ? attr.value
              .split(';')
              .map((d) => rewriteUrls(d, ids))
              .filter((d): d is string => d !== null)
              .join(';')
          : rewriteUrls(attr.value, ids);
      if (cleaned === null || cleaned.trim() === '') element.removeAttribute(attr.name);
      else element.setAttribute(attr.name, cleaned);
    }
  }
}

/**
 * Every url(…) in `value` as a bare `url(#id)` naming an element of the file, or null when one
 * points anywhere else. (A computed style may give the fragment as an absolute URL.)
 */
function rewriteUrls(value: string, ids: ReadonlySet<string | null>): string | null {
  let outside = false;
  const rewritten = value.replace(
    /url\(\s*(['"]?)([^'")]*)\1\s*\)/g,
    (_match, _q, target: string) => {
      const hash = target.lastIndexOf('#');
      const id = hash >= 0 ? target.slice(hash + 1) : '';
      const local = hash === 0 || (hash > 0 && target.slice(0, hash) === pageAddress());
      if (!local || !ids.has(id)) outside = true;
      return `url(#${id})`;
    },
  );
  return outside ? null : rewritten;
}

function pageAddress(): string {
  return document.location.href.split('#')[0] ?? '';
}
