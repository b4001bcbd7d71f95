/**
 * The parts of a brief's HTML that hold the analyst's and the source's words: note blocks,
 * claims and citations. Every text is escaped here and every link checked, so the document is
 * safe by construction before the sanitiser sees it.
 */
import { escapeHtml } from '../markdown/escapeHtml';
import type { BriefBlock, BriefCitation, BriefClaim, BriefInline } from './briefModel';

/** Numbers a note style's citations in order and keeps their text for the notes section. */
export interface Endnotes {
  readonly notes: string[];
}

/** Only a web or mail link survives into a brief; anything else is shown as its text. */
export function safeHref(href: string): string | undefined {
  const h = href.trim();
  if (/^mailto:[^\s"<>]+$/i.test(h)) return h;
  if (!/^https?:\/\/[^\s"<>]+$/i.test(h)) return undefined;
  try {
    const url = new URL(h);
    return url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function citationHtml(citation: BriefCitation, endnotes: Endnotes | null): string {
  if (endnotes && citation.note) {
    endnotes.notes.push(citation.note.html);
    const n = endnotes.notes.length;
    return `<sup class="note-ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`;
  }
  return `<span class="cite">${citation.inText.html}</span>`;
}

/** A claim as a cell or a note shows it: modality, statement, quote and citation. */
export function claimHtml(claim: BriefClaim, endnotes: Endnotes | null): string {
  const date = claim.date ? ` <span class="claim-date">(${escapeHtml(claim.date)})</span>` : '';
  return (
    `<div class="claim"><p class="claim-statement"><span class="modality modality-${claim.modality}">${escapeHtml(claim.modalityLabel)}</span> ${escapeHtml(claim.statement)}${date}</p>` +
    `<blockquote class="claim-quote"><p>“${escapeHtml(claim.quote)}” ${citationHtml(claim.citation, endnotes)}</p></blockquote></div>`
  );
}

function inlineHtml(run: BriefInline, endnotes: Endnotes | null): string {
  switch (run.kind) {
    case 'text': {
      let html = escapeHtml(run.text);
      if (run.code) html = `<code>${html}</code>`;
      if (run.strike) html = `<del>${html}</del>`;
      if (run.emphasis) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      return html;
    }
    case 'break':
      return '<br>';
    case 'link': {
      const inner = inlinesHtml(run.children, endnotes);
      const href = safeHref(run.href);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    case 'claim':
      return `<q class="note-claim">${escapeHtml(run.claim.quote)}</q> ${citationHtml(run.claim.citation, endnotes)}`;
    case 'claim-unknown':
      return `<span class="flag" title="No claim with the id ${escapeHtml(run.claimId)} in this case">${escapeHtml(run.raw)} (unknown claim)</span>`;
    case 'citation':
      return citationHtml(run.citation, endnotes);
    case 'citation-unknown':
      return `<span class="flag" title="No source with the key ${escapeHtml(run.keys.join(', '))} in this case">${escapeHtml(run.raw)} (unknown source)</span>`;
  }
}

export function inlinesHtml(runs: readonly BriefInline[], endnotes: Endnotes | null): string {
  return runs.map((r) => inlineHtml(r, endnotes)).join('');
}

/** Note blocks, headings moved under the issue's own (`shift` levels down, at most h6). */
export function blocksHtml(
  blocks: readonly BriefBlock[],
  shift: number,
  endnotes: Endnotes | null,
): string {
  return blocks.map((b) => blockHtml(b, shift, endnotes)).join('\n');
}

function blockHtml(block: BriefBlock, shift: number, endnotes: Endnotes | null): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, block.level + shift);
      return `<h${level}>${inlinesHtml(block.content, endnotes)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlinesHtml(block.content, endnotes)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start =
        block.ordered && block.start !== undefined && block.start !== 1
          ? ` start="${block.start}"`
          : '';
      const items = block.items.map((item) => `<li>${blocksHtml(item, shift, endnotes)}</li>`);
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${blocksHtml(block.blocks, shift, endnotes)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'table': {
      const head = block.header.map((c) => `<th>${inlinesHtml(c, endnotes)}</th>`).join('');
      const rows = block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${inlinesHtml(c, endnotes)}</td>`).join('')}</tr>`)
        .join('');
      return `<table class="note-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}
