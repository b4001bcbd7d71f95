/**
 * citeproc-js's HTML, reduced to the few tags a style produces. Item text arrives escaped, but
 * CSL's rich-text markup (`<i>`, `<b>`, `<sc>` in a title) is passed on; anything else that
 * looks like a tag is shown as text, so an imported title can never carry markup of its own.
 * A small allow-list rather than a DOM sanitiser because core has no DOM.
 */
import { decodeHTML } from 'entities';

const ALLOWED = new Set([
  '<i>',
  '</i>',
  '<b>',
  '</b>',
  '<sup>',
  '</sup>',
  '<sub>',
  '</sub>',
  '<span style="font-variant:small-caps;">',
  '<span style="font-variant:normal;">',
  '<span style="font-style:normal;">',
  '<span style="font-weight:normal;">',
  '<span class="nocase">',
  '<span style="baseline">',
  '</span>',
]);

/** Safe HTML of one formatted citation or entry (the `div.csl-entry` wrapper removed). */
export function sanitizeCslHtml(html: string): string {
  const inner = html
    .trim()
    .replace(/^<div class="csl-entry">/, '')
    .replace(/<\/div>$/, '')
    .trim();
  return inner.replace(/<[^>]*>?/g, (tag) => (ALLOWED.has(tag) ? tag : escapeTag(tag)));
}

function escapeTag(tag: string): string {
  return tag
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Plain text as citeproc's text mode gives it, with no trailing newline. */
export function cslText(text: string): string {
  return text.replace(/\s+$/, '');
}

/**
 * The text of citeproc's HTML as its text mode would give it, so a citation is run through the
 * engine once rather than once per mode (each run costs tens of milliseconds in a note style).
 * Undoes what the HTML mode adds: its tags (every other `<` is escaped), its numeric entities and
 * the no-break space it puts for two spaces.
 */
export function cslTextOfHtml(html: string): string {
  return cslText(decodeHTML(html.replace(/<[^>]*>/g, '')).replace(/\u00a0 /g, '  '));
}
