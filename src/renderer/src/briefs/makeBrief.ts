/**
 * Makes a brief in the page: reads the notes, draws each chart off-screen, builds the model and
 * writes the chosen format. Each step reports progress and stops at once when cancelled, so a
 * long brief never holds the analyst. Loaded with `import()`: none of it is needed at start.
 */
import type { Case } from '../../../core/case/schema';
import { bundledCslFiles } from '../../../core/citation/bundledCsl';
import type { CitationLocale, CitationStyle } from '../../../core/citation/citationStyles';
import {
  BRIEF_FIGURE_WIDTH,
  briefChartModel,
  hasPoints,
  measuresOf,
} from '../../../core/brief/briefFigures';
import { briefHtml } from '../../../core/brief/briefHtml';
import { briefMarkdownZip } from '../../../core/brief/briefMarkdown';
import type { Brief, BriefScope } from '../../../core/brief/briefModel';
import { buildBrief, issuesInScope, type DrawnChart } from '../../../core/brief/buildBrief';
import { altTextOf } from '../../../core/figures/altText';
import type { UserLayer } from '../../../core/user/schema';
import type { PeriodPair } from '../../../core/user/verdict';
import { getApi } from '../api/getApi';
import { drawFigure, FIGURE_FONT_CSS } from '../figures';
import { briefDocxBlob } from './briefDocx';
import { sanitizeBriefHtml } from './sanitizeBriefHtml';

/** What a brief is written as; `print` is the HTML laid out for the browser's own PDF. */
export type BriefFormat = 'html' | 'md.zip' | 'docx' | 'pdf';

export interface BriefRequest {
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly scope: BriefScope;
  readonly pair: PeriodPair;
  readonly style: CitationStyle;
  readonly locale: CitationLocale;
  readonly analyst: string;
  readonly format: BriefFormat;
}

export interface BriefProgress {
  readonly done: number;
  readonly total: number;
  readonly step: string;
}

export interface MadeBrief {
  readonly brief: Brief;
  readonly fileName: string;
  readonly blob: Blob;
  /** The sanitised HTML (for the PDF, what is printed). */
  readonly html?: string;
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// A step boundary: lets the page paint the progress and a Cancel click land between steps.
function nextTurn(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => (signal.aborted ? reject(signal.reason) : resolve()), 0);
  });
}

export async function makeBrief(
  request: BriefRequest,
  signal: AbortSignal,
  onProgress: (progress: BriefProgress) => void,
): Promise<MadeBrief> {
  const { kase, pair } = request;
  const issues = issuesInScope(kase, request.scope);
  const measures = issues.flatMap((i) => measuresOf(kase, i.id));
  const total = issues.length + measures.length + 2;
  let done = 0;
  const step = async (text: string): Promise<void> => {
    onProgress({ done, total, step: text });
    await nextTurn(signal);
    done += 1;
  };

  const notes = new Map<string, string>();
  for (const issue of issues) {
    await step(`Reading the note of ${issue.label}`);
    const read = await getApi().readNote(kase.id, issue.id);
    if (read.status === 'unreadable') {
      throw new Error(`the note of ${issue.label} cannot be read (${read.file}: ${read.message})`);
    }
    if (read.text.trim()) notes.set(issue.id, read.text);
  }
  const charts = new Map<string, DrawnChart>();
  for (const measure of measures) {
    const model = briefChartModel(kase, measure, pair);
    await step(`Drawing ${model.title}`);
    if (!hasPoints(model)) continue;
    try {
      const drawn = await drawFigure(
        model,
        { width: BRIEF_FIGURE_WIDTH, theme: 'light' },
        {
          title: model.title,
          subtitle: model.subtitle,
          notes: [...model.notes, ...(model.derivedNote ? [model.derivedNote] : [])].join('\n'),
          sourceLine: model.sourceLine,
          altText: altTextOf(model, kase.periods),
        },
      );
      charts.set(measure.id, drawn);
    } catch (error) {
      charts.set(measure.id, { failed: error instanceof Error ? error.message : String(error) });
    }
  }
  await step('Formatting the citations');
  const files = bundledCslFiles(request.style, request.locale);
  const brief = buildBrief({
    kase,
    layer: request.layer,
    scope: request.scope,
    pair,
    notes,
    charts,
    style: request.style,
    locale: request.locale,
    files,
    analyst: request.analyst,
    date: today(),
  });
  await step('Writing the brief');
  const stem = `${kase.id}-brief`;
  if (request.format === 'docx') {
    return { brief, fileName: `${stem}.docx`, blob: await briefDocxBlob(brief) };
  }
  if (request.format === 'md.zip') {
    const bytes = briefMarkdownZip(brief, files.style);
    return {
      brief,
      fileName: `${stem}.md.zip`,
      blob: new Blob([bytes.slice().buffer], { type: 'application/zip' }),
    };
  }
  const html = sanitizeBriefHtml(briefHtml(brief, { fontCss: FIGURE_FONT_CSS }));
  onProgress({ done: total, total, step: 'Done' });
  return {
    brief,
    fileName: `${stem}.${request.format === 'pdf' ? 'pdf' : 'html'}`,
    blob: new Blob([html], { type: 'text/html' }),
    html,
  };
}
