/**
 * An analyst's note as the blocks of a brief: the Markdown read by the same parser as the
 * preview (marked, with its claim-link and Pandoc-citation syntax), then each `[[claim:…]]`
 * expanded into the claim's quote and citation and each `[@key]` formatted, or flagged when the
 * case has no such claim or source. Raw HTML is kept as the text it is, as in the preview.
 */
import { Marked, type Token, type TokenizerExtension, type Tokens } from 'marked';
import { CLAIM_LINK } from '../markdown/claimLinks';
import { endListsAtParagraphs } from '../markdown/endListsAtParagraphs';
import { parsePandocCitation, type PandocCite } from '../markdown/pandocCitations';
import type { BriefCiter } from './briefCitations';
import type { BriefBlock, BriefClaim, BriefInline } from './briefModel';

interface Resolvers {
  readonly claim: (id: string) => BriefClaim | undefined;
  readonly citer: BriefCiter;
  readonly warn: (message: string) => void;
}

const claimToken: TokenizerExtension = {
  name: 'claimLink',
  level: 'inline',
  start: (src) => {
    const at = src.indexOf('[[claim:');
    return at < 0 ? undefined : at;
  },
  tokenizer: (src) => {
    const match = new RegExp(`^${CLAIM_LINK.source}`).exec(src);
    return match ? { type: 'claimLink', raw: match[0], claimId: match[1]! } : undefined;
  },
};

const citationToken: TokenizerExtension = {
  name: 'pandocCitation',
  level: 'inline',
  start: (src) => {
    const at = src.search(/\[[^\]\n]*@/);
    return at < 0 ? undefined : at;
  },
  tokenizer: (src) => {
    const parsed = parsePandocCitation(src);
    return parsed ? { type: 'pandocCitation', raw: parsed.raw, cites: parsed.cites } : undefined;
  },
};

const lexer = new Marked({ gfm: true, breaks: false, extensions: [claimToken, citationToken] });

/** The blocks of `markdown`; unknown claims and keys are kept as typed and reported by `warn`. */
export function noteBlocks(markdown: string, resolvers: Resolvers): BriefBlock[] {
  if (markdown.trim() === '') return [];
  const tokens = lexer.lexer(endListsAtParagraphs(markdown));
  return blocksOf(tokens, resolvers);
}

function blocksOf(tokens: readonly Token[], r: Resolvers): BriefBlock[] {
  const blocks: BriefBlock[] = [];
  for (const token of tokens) {
    const block = blockOf(token, r);
    if (block) blocks.push(block);
  }
  return blocks;
}

function blockOf(token: Token, r: Resolvers): BriefBlock | undefined {
  switch (token.type) {
    case 'heading':
      return { kind: 'heading', level: token.depth as number, content: inlines(token, r) };
    case 'paragraph':
    case 'text':
      return { kind: 'paragraph', content: inlines(token, r) };
    case 'list': {
      const list = token as Tokens.List;
      return {
        kind: 'list',
        ordered: list.ordered,
        ...(list.ordered && typeof list.start === 'number' ? { start: list.start } : {}),
        items: list.items.map((item) => {
          const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
          const inner = blocksOf(item.tokens, r);
          const first = inner[0];
          if (box && first?.kind === 'paragraph') {
            inner[0] = {
              kind: 'paragraph',
              content: [{ kind: 'text', text: box }, ...first.content],
            };
          }
          return inner;
        }),
      };
    }
    case 'blockquote':
      return { kind: 'quote', blocks: blocksOf((token as Tokens.Blockquote).tokens, r) };
    case 'code':
      return { kind: 'code', text: (token as Tokens.Code).text };
    case 'hr':
      return { kind: 'rule' };
    case 'table': {
      const table = token as Tokens.Table;
      return {
        kind: 'table',
        header: table.header.map((cell) => inlineList(cell.tokens, r)),
        rows: table.rows.map((row) => row.map((cell) => inlineList(cell.tokens, r))),
      };
    }
    case 'html':
      return { kind: 'paragraph', content: [{ kind: 'text', text: (token as Tokens.HTML).text }] };
    case 'space':
    case 'def':
      return undefined;
    default:
      return token.raw.trim()
        ? { kind: 'paragraph', content: [{ kind: 'text', text: token.raw }] }
        : undefined;
  }
}

function inlines(token: Token, r: Resolvers): BriefInline[] {
  const children = (token as { tokens?: Token[] }).tokens;
  return children ? inlineList(children, r) : [{ kind: 'text', text: (token as Tokens.Text).text }];
}

type Marks = Pick<Extract<BriefInline, { kind: 'text' }>, 'strong' | 'emphasis' | 'strike'>;

function inlineList(tokens: readonly Token[], r: Resolvers, marks: Marks = {}): BriefInline[] {
  return tokens.flatMap((t) => inlineOf(t, r, marks));
}

function inlineOf(token: Token, r: Resolvers, marks: Marks): BriefInline[] {
  switch (token.type) {
    case 'text':
    case 'escape': {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested && nested.length > 0) return inlineList(nested, r, marks);
      return [{ kind: 'text', text: decode((token as Tokens.Text).text), ...marks }];
    }
    case 'strong':
      return inlineList((token as Tokens.Strong).tokens, r, { ...marks, strong: true });
    case 'em':
      return inlineList((token as Tokens.Em).tokens, r, { ...marks, emphasis: true });
    case 'del':
      return inlineList((token as Tokens.Del).tokens, r, { ...marks, strike: true });
    case 'codespan':
      return [
        { kind: 'text', text: decode((token as Tokens.Codespan).text), code: true, ...marks },
      ];
    case 'br':
      return [{ kind: 'break' }];
    case 'link': {
      const link = token as Tokens.Link;
      return [{ kind: 'link', href: link.href, children: inlineList(link.tokens, r, marks) }];
    }
    case 'image': {
      // The app is offline: an image is its alt text, as in the preview.
      const alt = (token as Tokens.Image).text.trim();
      return [{ kind: 'text', text: `[image${alt ? `: ${alt}` : ''}]`, ...marks }];
    }
    case 'claimLink': {
      const id = (token as Tokens.Generic)['claimId'] as string;
      const claim = r.claim(id);
      if (claim) return [{ kind: 'claim', claim }];
      r.warn(`The note links to a claim the case does not hold: ${id}.`);
      return [{ kind: 'claim-unknown', claimId: id, raw: token.raw }];
    }
    case 'pandocCitation': {
      const cites = (token as Tokens.Generic)['cites'] as readonly PandocCite[];
      const resolved = r.citer.pandoc(cites);
      if ('citation' in resolved) return [{ kind: 'citation', citation: resolved.citation }];
      r.warn(
        `The note cites ${resolved.unknown.map((k) => `@${k}`).join(', ')}, which no source of the case answers to.`,
      );
      return [{ kind: 'citation-unknown', raw: token.raw, keys: resolved.unknown }];
    }
    default:
      return [{ kind: 'text', text: token.raw, ...marks }];
  }
}

// marked's lexer leaves the entities of its own escaping in text tokens (`&amp;`, `&quot;`).
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
