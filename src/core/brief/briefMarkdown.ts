/**
 * A brief as Markdown for Pandoc: citations as `[@key]` whose keys are the ids of the items in
 * `sources.json` (CSL-JSON), the style as `style.csl`, and the figures as SVG files beside it;
 * zipped, so `pandoc --citeproc brief.md -o brief.docx` run inside the folder reproduces it.
 */
import { strToU8, zipSync } from 'fflate';
import { bibliographyHeading } from './briefHtml';
import { safeHref } from './briefHtmlBlocks';
import type {
  Brief,
  BriefBlock,
  BriefClaim,
  BriefInline,
  BriefIssue,
  BriefRow,
} from './briefModel';

export interface BriefMarkdownFiles {
  readonly markdown: string;
  /** CSL-JSON: every source the brief cites. */
  readonly sourcesJson: string;
  readonly figures: readonly { readonly path: string; readonly svg: string }[];
}

/** Text Markdown shows as typed: the characters that would start markup are escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|@$~]/g, '\\$&')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** Text inside a pipe-table cell: one line, pipes escaped. */
function cellText(text: string): string {
  return markdownText(text).replace(/\s*\n\s*/g, ' ');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function briefMarkdownFiles(brief: Brief): BriefMarkdownFiles {
  const t = brief.title;
  const front = [
    '---',
    `title: ${yamlString(t.title)}`,
    ...(t.analyst ? [`author: ${yamlString(t.analyst)}`] : []),
    `date: ${yamlString(t.dateLabel)}`,
    'bibliography: sources.json',
    'csl: style.csl',
    `lang: ${brief.style.locale}`,
    'link-citations: true',
    `reference-section-title: ${yamlString(bibliographyHeading(brief))}`,
    '---',
  ];
  const meta = [
    `**Case:** ${markdownText(t.caseTitle)}  `,
    `**Compared:** ${markdownText(`${t.fromLabel} → ${t.toLabel}`)}  `,
    `**Scope:** ${markdownText(t.scopeLabel)}  `,
    `**Citation style:** ${markdownText(brief.style.label)}`,
  ];
  const warnings =
    brief.warnings.length > 0
      ? [
          '',
          '**To check before sharing:**',
          '',
          ...brief.warnings.map((w) => `- ${markdownText(w.message)}`),
        ]
      : [];
  const figures: { path: string; svg: string }[] = [];
  const issues = brief.issues.flatMap((issue) => issueMarkdown(brief, issue, figures));
  const markdown = [
    ...front,
    '',
    ...meta,
    ...warnings,
    '',
    ...summaryMarkdown(brief),
    ...issues,
    '',
    `# ${bibliographyHeading(brief)}`,
    '',
    '::: {#refs}',
    ':::',
    '',
  ].join('\n');
  const items = brief.bibliography.map((b) => b.csl);
  return { markdown, sourcesJson: `${JSON.stringify(items, null, 2)}\n`, figures };
}

/** The Markdown brief, its sources, style and figures as one zip. */
export function briefMarkdownZip(brief: Brief, styleXml: string): Uint8Array {
  const files = briefMarkdownFiles(brief);
  const entries: Record<string, Uint8Array> = {
    'brief.md': strToU8(files.markdown),
    'sources.json': strToU8(files.sourcesJson),
    'style.csl': strToU8(styleXml),
    'README.txt': strToU8(readme(brief)),
  };
  for (const f of files.figures) entries[f.path] = strToU8(f.svg);
  return zipSync(entries, { level: 6, mtime: new Date(`${brief.title.date}T00:00:00Z`) });
}

function readme(brief: Brief): string {
  return [
    brief.title.title,
    '',
    'brief.md is Markdown for Pandoc. Its citations ([@key]) name the items of sources.json',
    '(CSL-JSON); style.csl is the citation style it was written in. To make a document:',
    '',
    '  pandoc --citeproc brief.md -o brief.docx',
    '  pandoc --citeproc --standalone brief.md -o brief.html',
    '',
    'The figures are SVG files in figures/.',
    '',
  ].join('\n');
}

function summaryMarkdown(brief: Brief): string[] {
  const { kinds, issues, total } = brief.summary;
  const head = ['Issue area', ...kinds.map((k) => k.label), 'Not judged', 'Rows'];
  const line = (r: (typeof issues)[number], bold: boolean): string => {
    const cells = [
      r.label,
      ...kinds.map((k) => String(r.counts[k.kind])),
      String(r.notJudged),
      String(r.rows),
    ];
    return `| ${cells.map((c) => (bold ? `**${cellText(c)}**` : cellText(c))).join(' | ')} |`;
  };
  return [
    `# Verdicts, ${markdownText(brief.title.pairLabel)}`,
    '',
    `| ${head.map(cellText).join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`,
    ...issues.map((r) => line(r, false)),
    ...(issues.length > 1 ? [line(total, true)] : []),
  ];
}

function claimMarkdown(c: BriefClaim): string {
  const date = c.date ? ` (${markdownText(c.date)})` : '';
  return `**${markdownText(c.modalityLabel)}.** ${cellText(c.statement)}${date} “*${cellText(c.quote)}*” ${c.citation.pandoc}`;
}

function rowMarkdown(row: BriefRow): string {
  const claims = (list: readonly BriefClaim[]): string =>
    list.length > 0
      ? list.map((c, i) => `${list.length > 1 ? `(${i + 1}) ` : ''}${claimMarkdown(c)}`).join(' ')
      : '*No claim in the source.*';
  const verdict = row.verdict
    ? `**${cellText(row.verdict.label)}**${row.verdict.rationale ? `: ${cellText(row.verdict.rationale)}` : ''}`
    : '*Not judged*';
  return `| **${cellText(row.label)}** | ${claims(row.from)} | ${claims(row.to)} | ${verdict} |`;
}

function issueMarkdown(
  brief: Brief,
  issue: BriefIssue,
  figures: { path: string; svg: string }[],
): string[] {
  const t = brief.title;
  const lines = ['', `# ${markdownText(issue.label)}`, ''];
  if (issue.description) lines.push(markdownText(issue.description), '');
  lines.push(
    `| Row | ${cellText(t.fromLabel)} | ${cellText(t.toLabel)} | ${cellText(`Verdict, ${t.pairLabel}`)} |`,
    '|---|------|------|---|',
    ...issue.rows.map(rowMarkdown),
  );
  if (issue.figures.length > 0) lines.push('', '## Figures');
  for (const f of issue.figures) {
    if (f.kind === 'not-drawn') {
      lines.push('', `**${markdownText(f.caption)}**  `, `*${markdownText(f.reason)}*`);
      continue;
    }
    const path = `figures/${f.fileName}`;
    figures.push({ path, svg: f.svg });
    lines.push(
      '',
      `![Figure ${f.number}. ${markdownText(f.caption)} ${markdownText(f.sourceLine)}](${path}){#fig-${f.number} alt=${yamlString(f.altText)}}`,
    );
  }
  if (issue.note.length > 0)
    lines.push('', '## Analyst’s note', '', ...blocksMarkdown(issue.note, 2));
  return lines;
}

function inlineMarkdown(run: BriefInline): string {
  switch (run.kind) {
    case 'text': {
      if (run.code) return `\`${run.text.replace(/`/g, "'")}\``;
      let md = markdownText(run.text);
      if (run.strike) md = `~~${md}~~`;
      if (run.emphasis) md = `*${md}*`;
      if (run.strong) md = `**${md}**`;
      return md;
    }
    case 'break':
      return '\\\n';
    case 'link': {
      const text = run.children.map(inlineMarkdown).join('');
      const href = safeHref(run.href);
      return href ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
    }
    case 'claim':
      return `“*${markdownText(run.claim.quote)}*” ${run.claim.citation.pandoc}`;
    case 'claim-unknown':
      return `${markdownText(run.raw)} (unknown claim)`;
    case 'citation':
      return run.citation.pandoc;
    case 'citation-unknown':
      return `${markdownText(run.raw)} (unknown source)`;
  }
}

function blocksMarkdown(blocks: readonly BriefBlock[], shift: number): string[] {
  return blocks.flatMap((b) => [...blockMarkdown(b, shift), '']);
}

function blockMarkdown(block: BriefBlock, shift: number): string[] {
  const inl = (runs: readonly BriefInline[]): string => runs.map(inlineMarkdown).join('');
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, block.level + shift))} ${inl(block.content)}`];
    case 'paragraph':
      return inl(block.content).split('\n');
    case 'list':
      return block.items.flatMap((item, i) => {
        const mark = block.ordered ? `${(block.start ?? 1) + i}.` : '-';
        const inner = blocksMarkdown(item, shift).filter(
          (l, j, all) => j < all.length - 1 || l !== '',
        );
        return inner.map((l, j) =>
          j === 0 ? `${mark} ${l}` : l === '' ? '' : `${' '.repeat(mark.length + 1)}${l}`,
        );
      });
    case 'quote':
      return blocksMarkdown(block.blocks, shift).map((l) => (l === '' ? '>' : `> ${l}`));
    case 'code': {
      const fence = '`'.repeat(
        Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)),
      );
      return [fence, ...block.text.split('\n'), fence];
    }
    case 'rule':
      return ['* * *'];
    case 'table': {
      const cell = (runs: readonly BriefInline[]): string => inl(runs).replace(/\n/g, ' ');
      return [
        `| ${block.header.map(cell).join(' | ')} |`,
        `|${block.header.map(() => '---').join('|')}|`,
        ...block.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ];
    }
  }
}
