/**
 * A brief as one self-contained HTML file: styles inline, figures as inline SVG, no script and
 * no address outside the file, so it opens offline anywhere and a browser prints it to PDF.
 */
import { escapeHtml } from '../markdown/escapeHtml';
import { BRIEF_CSS } from './briefCss';
import { blocksHtml, claimHtml, type Endnotes } from './briefHtmlBlocks';
import type { Brief, BriefFigure, BriefIssue, BriefRow } from './briefModel';

/** The bibliography's heading in the style's own words. */
export function bibliographyHeading(brief: Brief): string {
  return brief.style.id === 'apa' ? 'References' : 'Bibliography';
}

export interface BriefHtmlOptions {
  /**
   * `@font-face` rules for the whole document. Given, each figure's own embedded copy of the
   * font is left out, so a brief with many figures carries the font once.
   */
  readonly fontCss?: string;
}

export function briefHtml(brief: Brief, options: BriefHtmlOptions = {}): string {
  const figureHtml = options.fontCss
    ? (f: BriefFigure) => figureOf(f, true)
    : (f: BriefFigure) => figureOf(f, false);
  const endnotes: Endnotes | null = brief.style.placement === 'note' ? { notes: [] } : null;
  const issues = brief.issues
    .map((issue) => issueHtml(brief, issue, endnotes, figureHtml))
    .join('\n');
  const notes =
    endnotes && endnotes.notes.length > 0
      ? `<section class="brief-endnotes"><h2>Notes</h2><ol>${endnotes.notes
          .map((n, i) => `<li id="note-${i + 1}">${n}</li>`)
          .join('')}</ol></section>`
      : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(brief.style.locale)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Diptych">`,
    `<title>${escapeHtml(brief.title.title)}</title>`,
    `<style>${options.fontCss ?? ''}${BRIEF_CSS}</style></head>`,
    '<body><main class="brief">',
    titleHtml(brief),
    summaryHtml(brief),
    issues,
    notes,
    bibliographyHtml(brief),
    '</main></body></html>',
  ].join('\n');
}

function titleHtml(brief: Brief): string {
  const t = brief.title;
  const rows: [string, string][] = [
    ['Case', t.caseTitle],
    ['Compared', `${t.fromLabel} → ${t.toLabel}`],
    ['Scope', t.scopeLabel],
    ['Date', t.dateLabel],
    ...(t.analyst ? ([['Analyst', t.analyst]] as [string, string][]) : []),
    ['Citation style', brief.style.label],
  ];
  const warnings =
    brief.warnings.length > 0
      ? `<div class="brief-warnings"><p><strong>To check before sharing:</strong></p><ul>${brief.warnings
          .map((w) => `<li>${escapeHtml(w.message)}</li>`)
          .join('')}</ul></div>`
      : '';
  return `<header class="brief-title"><h1>${escapeHtml(t.title)}</h1><dl class="brief-meta">${rows
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl>${warnings}</header>`;
}

function summaryHtml(brief: Brief): string {
  const { kinds, issues, total } = brief.summary;
  const head = ['Issue area', ...kinds.map((k) => k.label), 'Not judged', 'Rows']
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const line = (r: (typeof issues)[number], cls: string): string =>
    `<tr${cls}><th scope="row">${escapeHtml(r.label)}</th>${kinds
      .map((k) => `<td class="count">${r.counts[k.kind]}</td>`)
      .join('')}<td class="count">${r.notJudged}</td><td class="count">${r.rows}</td></tr>`;
  const body = [
    ...issues.map((r) => line(r, '')),
    ...(issues.length > 1 ? [line(total, ' class="total"')] : []),
  ];
  return `<section class="brief-summary"><h2>Verdicts, ${escapeHtml(brief.title.pairLabel)}</h2><table class="brief-summary"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></section>`;
}

function issueHtml(
  brief: Brief,
  issue: BriefIssue,
  endnotes: Endnotes | null,
  figureHtml: (figure: BriefFigure) => string,
): string {
  const t = brief.title;
  const head = ['', t.fromLabel, t.toLabel, `Verdict, ${t.pairLabel}`]
    .map((h, i) => `<th scope="col">${i === 0 ? 'Row' : escapeHtml(h)}</th>`)
    .join('');
  const rows = issue.rows.map((r) => rowHtml(r, endnotes)).join('');
  const figures = issue.figures.map(figureHtml).join('\n');
  const note =
    issue.note.length > 0
      ? `<section class="brief-note"><h3>Analyst’s note</h3>${blocksHtml(issue.note, 3, endnotes)}</section>`
      : '';
  return [
    `<section class="brief-issue" id="issue-${escapeHtml(issue.id)}">`,
    `<h2>${escapeHtml(issue.label)}</h2>`,
    issue.description ? `<p class="issue-description">${escapeHtml(issue.description)}</p>` : '',
    `<table class="brief-sbs"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    figures ? `<h3>Figures</h3>${figures}` : '',
    note,
    '</section>',
  ].join('\n');
}

function rowHtml(row: BriefRow, endnotes: Endnotes | null): string {
  const claims = (list: BriefRow['from']): string =>
    list.length > 0
      ? list.map((c) => claimHtml(c, endnotes)).join('')
      : '<p class="empty">No claim in the source.</p>';
  const verdict = row.verdict
    ? `<p class="verdict-kind">${escapeHtml(row.verdict.label)}</p>${
        row.verdict.rationale
          ? row.verdict.rationale
              .split(/\n+/)
              .map((p) => `<p class="rationale">${escapeHtml(p)}</p>`)
              .join('')
          : ''
      }`
    : '<p class="verdict-none">Not judged</p>';
  return `<tr><th scope="row">${escapeHtml(row.label)}</th><td class="claims">${claims(row.from)}</td><td class="claims">${claims(row.to)}</td><td class="verdict">${verdict}</td></tr>`;
}

/** The SVG of a figure as an element of the page: no XML prolog or doctype. */
export function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

const FONT_STYLE = /<style>[^<]*@font-face[^<]*<\/style>/g;

function figureOf(figure: BriefFigure, withoutFont: boolean): string {
  if (figure.kind === 'not-drawn') {
    return `<p class="figure-missing"><strong>${escapeHtml(figure.caption)}</strong><br>${escapeHtml(figure.reason)}</p>`;
  }
  return `<figure class="brief-figure" role="group" aria-label="${escapeHtml(figure.altText)}">${inlineSvg(withoutFont ? figure.svg.replace(FONT_STYLE, '') : figure.svg)}<figcaption><strong>Figure ${figure.number}.</strong> ${escapeHtml(figure.caption)}</figcaption></figure>`;
}

function bibliographyHtml(brief: Brief): string {
  const entries = brief.bibliography.map(
    (b) => `<li id="source-${escapeHtml(b.key)}">${b.entry.html}</li>`,
  );
  return `<section class="brief-bibliography"><h2>${bibliographyHeading(brief)}</h2><ul>${entries.join('')}</ul></section>`;
}
