/** The marked extension that renders Pandoc citations (`[@key, p. 3]`) in a note's preview. */
import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { escapeHtml } from './escapeHtml';
import { parsePandocCitation, type PandocCite } from './pandocCitations';

/** What the preview shows for one citation. */
export type CitationRender =
  /** Formatted by the citation style; `html` is already safe (sanitised CSL output). */
  | { readonly kind: 'formatted'; readonly html: string; readonly title: string }
  /** Keys the case has no source for: shown as typed, flagged. */
  | { readonly kind: 'missing'; readonly keys: readonly string[] }
  /** The style is still loading: shown as typed. */
  | { readonly kind: 'pending' };

export type CitationLookup = (cites: readonly PandocCite[]) => CitationRender;

interface CitationToken extends Tokens.Generic {
  readonly type: 'pandocCitation';
  readonly raw: string;
  readonly cites: readonly PandocCite[];
}

export function citationExtension(lookup: CitationLookup): TokenizerAndRendererExtension {
  return {
    name: 'pandocCitation',
    level: 'inline',
    start: (src) => {
      const at = src.search(/\[[^\]\n]*@/);
      return at < 0 ? undefined : at;
    },
    tokenizer: (src) => {
      const parsed = parsePandocCitation(src);
      if (!parsed) return undefined;
      const token: CitationToken = { type: 'pandocCitation', raw: parsed.raw, cites: parsed.cites };
      return token;
    },
    renderer: (token) => {
      const { raw, cites } = token as CitationToken;
      const shown = lookup(cites);
      switch (shown.kind) {
        case 'formatted':
          return `<span class="note-cite" title="${escapeHtml(shown.title)}">${shown.html}</span>`;
        case 'missing': {
          const names = shown.keys.map((k) => `@${k}`).join(', ');
          return `<span class="note-cite note-cite-missing" title="No source with the key ${escapeHtml(names)} in this case">${escapeHtml(raw)}</span>`;
        }
        case 'pending':
          return `<span class="note-cite">${escapeHtml(raw)}</span>`;
      }
    },
  };
}
