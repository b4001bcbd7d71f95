/**
 * Markdown of a note to HTML that is NOT yet safe: raw HTML and any link the user typed pass
 * through. The renderer must sanitise the result (sanitizeNoteHtml) before showing it.
 *
 * What this step decides: claim links become chips, images become their alt text (the app is
 * offline and a remote image would be a tracking pixel), task boxes become plain characters, and
 * raw HTML is shown as the text it is. Notes are Markdown; and an inline handler such as
 * `onerror=` must never reach an HTML parser at all, since Chromium reports a CSP violation
 * merely for parsing one, even in an inert document.
 */
import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { citationExtension, type CitationLookup } from './citationExtension';
import { CLAIM_LINK, claimHref } from './claimLinks';
import { endListsAtParagraphs } from './endListsAtParagraphs';
import { escapeHtml } from './escapeHtml';

/** How a chip names a claim: its short statement, or nothing if the case has no such claim. */
export type ClaimLookup = (
  claimId: string,
) => { readonly label: string; readonly title: string } | undefined;

interface ClaimLinkToken extends Tokens.Generic {
  readonly type: 'claimLink';
  readonly raw: string;
  readonly claimId: string;
}

function claimLinkExtension(lookup: ClaimLookup): TokenizerAndRendererExtension {
  return {
    name: 'claimLink',
    level: 'inline',
    start: (src) => {
      const at = src.indexOf('[[claim:');
      return at < 0 ? undefined : at;
    },
    tokenizer: (src) => {
      const match = new RegExp(`^${CLAIM_LINK.source}`).exec(src);
      if (!match) return undefined;
      const token: ClaimLinkToken = { type: 'claimLink', raw: match[0], claimId: match[1]! };
      return token;
    },
    renderer: (token) => {
      const id = (token as ClaimLinkToken).claimId;
      const found = lookup(id);
      const attrs = `href="${claimHref(id)}" data-claim-id="${id}"`;
      if (!found) {
        return `<a ${attrs} class="claim-chip claim-chip-missing" title="No claim with the id ${id} in this case">${escapeHtml(id)}</a>`;
      }
      return `<a ${attrs} class="claim-chip" title="${escapeHtml(found.title)}">${escapeHtml(found.label)}</a>`;
    },
  };
}

function createMarked(lookup: ClaimLookup, cite: CitationLookup | undefined): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    extensions: [claimLinkExtension(lookup), ...(cite ? [citationExtension(cite)] : [])],
    renderer: {
      html({ text }) {
        return escapeHtml(text);
      },
      image({ text }) {
        const alt = text.trim();
        return `<span class="note-image-alt">[image${alt ? `: ${escapeHtml(alt)}` : ''}]</span>`;
      },
      checkbox({ checked }) {
        return checked ? '☑ ' : '☐ ';
      },
    },
  });
}

const instances = new WeakMap<ClaimLookup, WeakMap<CitationLookup | ClaimLookup, Marked>>();

/**
 * Renders a note's Markdown; the result must go through sanitizeNoteHtml before display. With
 * `cite`, Pandoc citations (`[@key]`) are rendered by it.
 */
export function noteMarkdownToUntrustedHtml(
  markdown: string,
  lookup: ClaimLookup,
  cite?: CitationLookup,
): string {
  let byCite = instances.get(lookup);
  if (!byCite) instances.set(lookup, (byCite = new WeakMap()));
  let marked = byCite.get(cite ?? lookup);
  if (!marked) byCite.set(cite ?? lookup, (marked = createMarked(lookup, cite)));
  return marked.parse(endListsAtParagraphs(markdown), { async: false });
}
