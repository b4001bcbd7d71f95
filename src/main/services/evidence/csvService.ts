/**
 * CSV imports of data points: a preview that maps columns and lists every bad row, and an
 * import that takes every row or none. Long imports report progress and can be cancelled
 * until they start writing.
 */
import { ApiError } from '../../../core/api/errors';
import type { Unit } from '../../../core/case/schema';
import {
  CsvMapping,
  guessMapping,
  mapRows,
  mappingProblems,
  type CsvContext,
  type CsvMappingInput,
  type MappedPoint,
} from '../../../core/evidence/csv/csvMapping';
import { readCsv, type BadRow, type CsvTable } from '../../../core/evidence/csv/readCsv';
import type { CsvTarget } from '../../../core/evidence/api';
import type { MeasureDraft, PointDraft } from '../../../core/user/items';
import { checkIssueRef } from '../../../core/user/references';
import type { z } from 'zod';
import { viewOf, type CaseView } from './caseView';
import { addPointsLayer, newMeasureLayer } from './dataService';
import type { EvidenceContext } from './evidenceContext';
import { badFile, checkTextSize, named } from './fileArgs';

const SAMPLE_ROWS = 20;
const MAX_BAD_ROWS_SHOWN = 1000;
const BATCH = 2000;

type Target = z.output<typeof CsvTarget>;

export class CsvService {
  constructor(private readonly ctx: EvidenceContext) {}

  async preview(
    caseId: string,
    fileName: string,
    text: string,
    mappingInput: CsvMappingInput | null | undefined,
    target: Target | null | undefined,
  ) {
    checkTextSize(fileName, text);
    const table = this.read(fileName, text, mappingInput?.delimiter);
    const state = await this.ctx.users.read(caseId);
    const view = await viewOf(this.ctx, caseId, state.layer);
    const problems: string[] = [];
    const unit = target ? this.unitOf(view, target, problems) : undefined;
    const guessed = mappingInput ?? guessMapping(table);
    const mapping = guessed === undefined ? null : CsvMapping.parse(guessed);
    if (!mapping) problems.push('no column looks like the value: choose the value column');
    else problems.push(...mappingProblems(table, mapping));

    let points: readonly MappedPoint[] = [];
    let badRows: readonly BadRow[] = table.badRows;
    if (mapping && problems.length === 0) {
      const mapped = mapRows(table.rows, mapping, this.context(fileName, view, unit));
      points = mapped.points;
      badRows = [...table.badRows, ...mapped.badRows].sort((a, b) => a.line - b.line);
    }
    return {
      fileName,
      delimiter: table.delimiter,
      columns: table.header.map((name, index) => ({ index, name })),
      rowCount: table.rows.length + table.badRows.length,
      sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({ line: r.line, cells: [...r.cells] })),
      mapping,
      mappingProblems: problems,
      points: points.slice(0, SAMPLE_ROWS).map((p) => ({ line: p.line, point: p.point })),
      pointCount: points.length,
      badRows: badRows.slice(0, MAX_BAD_ROWS_SHOWN),
      badRowCount: badRows.length,
    };
  }

  /** Imports every row as a point, or nothing: one bad row and the file is refused. */
  import(
    caseId: string,
    target: Target,
    fileName: string,
    text: string,
    mappingInput: CsvMappingInput,
    operationId: string | undefined,
  ) {
    // Parsed again so a direct caller gets the same defaults (decimal mark, scale) as the contract.
    const mapping = CsvMapping.parse(mappingInput);
    return this.ctx.operations.run(operationId, async (op) => {
      checkTextSize(fileName, text);
      op.progress(0, 1, `Reading ${fileName}`);
      const table = this.read(fileName, text, mapping.delimiter);
      const state = await this.ctx.users.read(caseId);
      const view = await viewOf(this.ctx, caseId, state.layer);
      const problems: string[] = [];
      const unit = this.unitOf(view, target, problems);
      problems.push(...mappingProblems(table, mapping));
      if (problems.length > 0) {
        throw badFile(
          'invalid-arguments',
          fileName,
          `${problems.join('; ')}. Nothing was imported.`,
        );
      }
      const context = this.context(fileName, view, unit);
      const points: PointDraft[] = [];
      const badRows: BadRow[] = [...table.badRows];
      const total = table.rows.length;
      for (let at = 0; at < total; at += BATCH) {
        await op.checkpoint();
        const mapped = mapRows(table.rows.slice(at, at + BATCH), mapping, context);
        for (const p of mapped.points) points.push(p.point);
        badRows.push(...mapped.badRows);
        op.progress(Math.min(total, at + BATCH), total, `Reading rows of ${fileName}`);
      }
      if (badRows.length > 0) throw refused(fileName, badRows);
      await op.checkpoint();
      op.commit();
      op.progress(total, total, `Saving ${points.length} points`);
      const { value, user } = await this.ctx.users.mutate(caseId, async (layer) => {
        // Checked again against the layer as it is now: a source may have gone meanwhile.
        const fresh = await viewOf(this.ctx, caseId, layer);
        if ('measure' in target) {
          const done = addPointsLayer(this.ctx, layer, fresh, target.measure, points);
          return { layer: done.layer, value: { measure: target.measure, created: false } };
        }
        const done = newMeasureLayer(this.ctx, layer, fresh, target.newMeasure, points);
        return { layer: done.layer, value: { measure: done.measure.id, created: true } };
      });
      return { status: 'done' as const, ...value, points: points.length, user };
    });
  }

  private read(fileName: string, text: string, delimiter: CsvMapping['delimiter']): CsvTable {
    const read = readCsv(text, delimiter);
    if (!read.ok) throw badFile('invalid-arguments', fileName, read.message);
    return read.table;
  }

  private unitOf(view: CaseView, target: Target, problems: string[]): Unit | undefined {
    if ('measure' in target) {
      const measure = view.merged.case.measures.find((m) => m.id === target.measure);
      if (!measure)
        throw new ApiError('not-found', `There is no measure "${target.measure}" in this case.`);
      return measure.unit;
    }
    const draft: z.output<typeof MeasureDraft> = target.newMeasure;
    for (const f of checkIssueRef(view.refs, draft.issue, draft.dimension)) {
      problems.push(`the new measure's ${f.path.join('.')}: ${f.message}`);
    }
    return draft.unit;
  }

  private context(fileName: string, view: CaseView, unit: Unit | undefined): CsvContext {
    return {
      fileName,
      ...(unit === undefined ? {} : { unit }),
      periods: view.merged.case.periods,
      sources: view.merged.case.sources.map((s) => ({ id: s.id, title: s.title })),
    };
  }
}

function refused(fileName: string, badRows: readonly BadRow[]): ApiError {
  const sorted = [...badRows].sort((a, b) => a.line - b.line);
  const shown = sorted.slice(0, 5).map((r) => `line ${r.line}: ${r.reason}`);
  const more = sorted.length > 5 ? `; and ${sorted.length - 5} more` : '';
  const count = sorted.length === 1 ? '1 row cannot' : `${sorted.length} rows cannot`;
  return new ApiError(
    'invalid-arguments',
    `${named(fileName)}: ${count} be imported, so nothing was imported. ${shown.join('; ')}${more}.`,
  );
}
