/**
 * Builds a brief from the merged case, the user layer, the notes and the drawn charts: pure, so
 * every format and every host gets the same document from the same input.
 */
import type { Case, Claim } from '../case/schema';
import {
  CITATION_STYLE_LABELS,
  type CitationLocale,
  type CitationStyle,
} from '../citation/citationStyles';
import { formatBibliography, type CslFiles } from '../citation/formatCitation';
import { sourceToCsl } from '../citation/sourceToCsl';
import { pairLabel } from '../compare/pairs';
import { tallyVerdicts, VERDICT_ORDER, verdictFor } from '../compare/verdicts';
import { MODALITY_NAMES } from '../figures/sideBySideModel';
import { formatPartialDate } from '../format/dates';
import type { UserLayer } from '../user/schema';
import { VERDICT_LABELS, type PeriodPair } from '../user/verdict';
import { briefCiter, type BriefCiter } from './briefCitations';
import {
  briefChartModel,
  briefFigure,
  figureSourceIds,
  hasPoints,
  measuresOf,
  type DrawnChart,
} from './briefFigures';
import type {
  Brief,
  BriefClaim,
  BriefFigure,
  BriefIssue,
  BriefScope,
  BriefSummary,
  BriefSummaryRow,
  BriefWarning,
} from './briefModel';
import { noteBlocks } from './briefNote';

export type { DrawnChart };

export interface BriefInput {
  /** The case merged with the user layer (`mergeCase`). */
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly scope: BriefScope;
  readonly pair: PeriodPair;
  /** Each issue area's note, as Markdown; an issue without one is absent. */
  readonly notes: ReadonlyMap<string, string>;
  /** Each measure's chart as drawn, by measure id (see `briefChartModel`). */
  readonly charts: ReadonlyMap<string, DrawnChart>;
  readonly style: CitationStyle;
  readonly locale: CitationLocale;
  /** The XML of `style` and `locale` (`bundledCslFiles`). */
  readonly files: CslFiles;
  /** The analyst's name from the settings. */
  readonly analyst?: string | undefined;
  /** The day of the brief, ISO (`2026-12-01`): passed in, so the same input gives the same brief. */
  readonly date: string;
}

/** The issue areas of `scope`, in the case's order; an id the case lacks is refused by name. */
export function issuesInScope(kase: Case, scope: BriefScope): Case['issues'] {
  const wanted =
    scope.kind === 'case'
      ? null
      : new Set(scope.kind === 'issue' ? [scope.issueId] : scope.issueIds);
  if (wanted) {
    const missing = [...wanted].filter((id) => !kase.issues.some((i) => i.id === id));
    if (missing.length > 0) throw new Error(`the case has no issue area '${missing.join("', '")}'`);
    if (wanted.size === 0) throw new Error('a brief needs at least one issue area');
  }
  return kase.issues.filter((i) => !wanted || wanted.has(i.id));
}

export function buildBrief(input: BriefInput): Brief {
  const { kase, layer, pair } = input;
  const labels = new Map(kase.periods.map((p) => [p.id, p.label]));
  for (const id of [pair.from, pair.to]) {
    if (!labels.has(id)) throw new Error(`the case has no period '${id}'`);
  }
  const issues = issuesInScope(kase, input.scope);
  const citer = briefCiter(kase.sources, input.files);
  const warnings: BriefWarning[] = [];
  const claimsById = new Map(kase.claims.map((c) => [c.id, c]));
  const claimOf = (claim: Claim): BriefClaim => briefClaim(claim, citer);
  let figureNumber = 0;

  const briefIssues = issues.map((issue): BriefIssue => {
    const claimsAt = (dimension: string, period: string): BriefClaim[] =>
      kase.claims
        .filter((c) => c.issue === issue.id && c.dimension === dimension && c.period === period)
        .map(claimOf);
    const rows = issue.dimensions.map((d) => {
      const entry = verdictFor(layer, issue.id, d.id, pair);
      return {
        dimensionId: d.id,
        label: d.label,
        from: claimsAt(d.id, pair.from),
        to: claimsAt(d.id, pair.to),
        verdict: entry
          ? {
              kind: entry.verdict,
              label: VERDICT_LABELS[entry.verdict],
              rationale: entry.rationale,
            }
          : null,
      };
    });
    const figures = measuresOf(kase, issue.id).map((m): BriefFigure => {
      const model = briefChartModel(kase, m, pair);
      const drawn = input.charts.get(m.id);
      const willDraw = hasPoints(model) && drawn !== undefined && !('failed' in drawn);
      if (willDraw) for (const id of figureSourceIds(model)) citer.use(id);
      return briefFigure(kase, m, pair, drawn, willDraw ? ++figureNumber : 0);
    });
    const markdown = input.notes.get(issue.id) ?? '';
    const note = noteBlocks(markdown, {
      claim: (id) => {
        const claim = claimsById.get(id);
        return claim ? claimOf(claim) : undefined;
      },
      citer,
      warn: (message) => warnings.push({ issueId: issue.id, message }),
    });
    return {
      id: issue.id,
      label: issue.label,
      ...(issue.description ? { description: issue.description } : {}),
      rows,
      figures,
      note,
    };
  });

  const pairText = pairLabel(pair, labels);
  const cited = citer.cited();
  const entries = formatBibliography(cited.map(sourceToCsl), input.files);
  const bySource = new Map(cited.map((s) => [s.id, s]));
  return {
    title: {
      title: `${kase.title} — ${pairText}`,
      caseId: kase.id,
      caseTitle: kase.title,
      pair,
      fromLabel: labels.get(pair.from)!,
      toLabel: labels.get(pair.to)!,
      pairLabel: pairText,
      scopeLabel: scopeLabel(input.scope, issues),
      date: input.date,
      dateLabel: formatPartialDate(input.date, 'long'),
      analyst: input.analyst?.trim() ? input.analyst.trim() : null,
    },
    style: {
      id: input.style,
      locale: input.locale,
      label: CITATION_STYLE_LABELS[input.style],
      placement: citer.placement,
    },
    summary: summaryOf(kase, layer, pair, issues),
    issues: briefIssues,
    bibliography: entries.flatMap((e) => {
      const source = bySource.get(e.id);
      return source
        ? [
            {
              sourceId: source.id,
              key: source.id,
              csl: sourceToCsl(source),
              entry: { text: e.text, html: e.html },
            },
          ]
        : [];
    }),
    warnings,
  };
}

function briefClaim(claim: Claim, citer: BriefCiter): BriefClaim {
  return {
    id: claim.id,
    modality: claim.modality,
    modalityLabel: MODALITY_NAMES[claim.modality],
    statement: claim.statement,
    quote: claim.evidence.selector.exact,
    ...(claim.date ? { date: formatPartialDate(claim.date, 'long') } : {}),
    citation: citer.claim(claim.evidence.source, claim.evidence.locator),
  };
}

function scopeLabel(scope: BriefScope, issues: Case['issues']): string {
  if (scope.kind === 'case') return 'Whole case';
  if (issues.length === 1) return issues[0]!.label;
  return `${issues.length} issue areas: ${issues.map((i) => i.label).join(', ')}`;
}

function summaryOf(
  kase: Case,
  layer: UserLayer,
  pair: PeriodPair,
  issues: Case['issues'],
): BriefSummary {
  const rows = issues.map((issue): BriefSummaryRow => {
    const t = tallyVerdicts(kase, layer, pair, issue.id);
    return { issueId: issue.id, label: issue.label, ...t };
  });
  const counts = Object.fromEntries(
    VERDICT_ORDER.map((k) => [k, rows.reduce((n, r) => n + r.counts[k], 0)]),
  ) as BriefSummaryRow['counts'];
  const sum = (key: 'judged' | 'notJudged' | 'rows'): number =>
    rows.reduce((n, r) => n + r[key], 0);
  return {
    kinds: VERDICT_ORDER.filter((k) => counts[k] > 0).map((kind) => ({
      kind,
      label: VERDICT_LABELS[kind],
    })),
    issues: rows,
    total: {
      issueId: '',
      label: 'All issue areas',
      counts,
      judged: sum('judged'),
      notJudged: sum('notJudged'),
      rows: sum('rows'),
    },
  };
}
