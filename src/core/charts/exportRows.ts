/**
 * The data behind a chart, as a table a reader can check: one row per plotted point, with its
 * quote and full citation. CSV is RFC 4180 (papaparse), with spreadsheet formulae neutralised.
 */
import Papa from 'papaparse';
import type { ChartModel } from './types';

export interface ExportRow {
  readonly pointId: string;
  readonly measureId: string;
  readonly measure: string;
  readonly periodId: string;
  readonly period: string;
  readonly date: string;
  readonly dateEnd: string;
  /** In base units, as the source states it: 700000000000 for ¥700 billion. */
  readonly value: number;
  readonly unit: string;
  readonly currency: string;
  readonly basis: string;
  /** As in the case file: exact, approximately, nearly, atLeast, orMore. */
  readonly bound: string;
  readonly role: string;
  readonly actor: string;
  readonly label: string;
  /** "stated" or "derived". */
  readonly kind: string;
  readonly derivation: string;
  readonly display: string;
  /** The value as plotted (differs from `value` only in a currency conversion). */
  readonly plottedValue: number;
  readonly plottedCurrency: string;
  readonly conversion: string;
  readonly quote: string;
  readonly locator: string;
  readonly sourceId: string;
  readonly source: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'pointId',
  'measureId',
  'measure',
  'periodId',
  'period',
  'date',
  'dateEnd',
  'value',
  'unit',
  'currency',
  'basis',
  'bound',
  'role',
  'actor',
  'label',
  'kind',
  'derivation',
  'display',
  'plottedValue',
  'plottedCurrency',
  'conversion',
  'quote',
  'locator',
  'sourceId',
  'source',
];

/**
 * A value as a reader would write it: 2666666666.67, not 2666666666.6666665. Twelve significant
 * digits keep every figure a source could state and drop the noise of binary division.
 */
export function withoutFloatNoise(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

export function exportRows(model: ChartModel): ExportRow[] {
  const unit = model.unit;
  const ownCurrency = unit.kind === 'money' ? unit.currency : '';
  return model.points.map((p) => ({
    pointId: p.id,
    measureId: model.measureId,
    measure: model.title,
    periodId: p.periodId ?? '',
    period: p.periodLabel,
    date: p.date ?? '',
    dateEnd: p.dateEnd ?? '',
    value: withoutFloatNoise(p.sourceValue),
    unit: unitName(model),
    currency: ownCurrency,
    basis: model.basis,
    bound: p.bound,
    role: p.role,
    actor: p.actor ?? '',
    label: p.label ?? '',
    kind: p.kind,
    derivation: p.kind === 'derived' ? [p.derivation, p.explanation].filter(Boolean).join(' ') : '',
    display: p.displayFull,
    plottedValue: withoutFloatNoise(p.value),
    plottedCurrency: model.currency ?? '',
    conversion: p.conversion ?? '',
    quote: p.quote,
    locator: p.locator ?? '',
    sourceId: p.sourceId,
    source: p.citation,
  }));
}

function unitName(model: ChartModel): string {
  switch (model.unit.kind) {
    case 'money':
      return 'money';
    case 'percentGdp':
      return 'percent of GDP';
    case 'count':
    case 'people':
      return model.unit.noun;
  }
}

/** RFC 4180 CSV: header row, CRLF line ends, fields quoted where needed. */
export function toCsv(rows: readonly ExportRow[]): string {
  return Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data: rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])) },
    { newline: '\r\n', escapeFormulae: true },
  );
}

/** The chart's data as JSON, with what a reader needs to cite it. */
export function toJson(model: ChartModel, rows: readonly ExportRow[]): string {
  return `${JSON.stringify(
    {
      case: model.caseId,
      measure: model.measureId,
      title: model.title,
      subtitle: model.subtitle,
      unit: model.unit,
      basis: model.basis,
      axis: model.valueAxisLabel,
      notes: model.notes,
      derivedNote: model.derivedNote ?? null,
      source: model.sourceLine,
      points: rows,
    },
    null,
    2,
  )}\n`;
}
