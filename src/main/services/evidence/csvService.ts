/**
 * CSV imports of data points: every row or none, or the good rows with the bad ones reported,
 * as the analyst chooses. The file arrives as bytes and is decoded here
 * as the UI decoded it for its preview (src/core/evidence/csv/csvPreview.ts). Long imports
 * report progress and can be cancelled until they start writing.
 */
import { ApiError } from '../../../core/api/errors';
import { plural } from '../../../core/format/plural';
import type { Unit } from '../../../core/case/schema';
import {
  CsvMapping,
  mapRows,
  mappingProblems,
  type CsvContext,
  type CsvMappingInput,
} from '../../../core/evidence/csv/csvMapping';
import type { BadRow, CsvTable } from '../../../core/evidence/csv/readCsv';
import { readCsvBytes } from '../../../core/evidence/csv/readCsvBytes';
import type { CsvBadRows, CsvTarget } from '../../../core/evidence/api';
import type { MeasureDraft, PointDraft } from '../../../core/user/items';
import { checkIssueRef } from '../../../core/user/references';
import type { z } from 'zod';
import { viewOf, type CaseView } from './caseView';
import { addPointsLayer, newMeasureLayer } from './dataService';
import type { EvidenceContext } from './evidenceContext';
import { badFile, bytesOf, named } from './fileArgs';

const BATCH = 2000;
const MAX_SKIPPED_LISTED = 1000;

type Target = z.output<typeof CsvTarget>;

export class CsvService {
  constructor(private readonly ctx: EvidenceContext) {}

  /**
   * Imports every row as a point, or nothing: one bad row and the file is refused; with
   * `badRows: 'skip'`, the good rows, and the bad ones listed in the result.
   */
  import(
    caseId: string,
    target: Target,
    fileName: string,
    base64: string,
    mappingInput: CsvMappingInput,
    operationId: string | undefined,
    badRowsChoice: CsvBadRows = 'refuse',
  ) {
    // Parsed again so a direct caller gets the same defaults (decimal mark, scale) as the contract.
    const mapping = CsvMapping.parse(mappingInput);
    return this.ctx.operations.run(operationId, async (op) => {
      const bytes = bytesOf(fileName, base64);
      op.progress(0, 1, `Reading ${fileName}`);
      const table = this.read(fileName, bytes, mapping.delimiter);
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
      if (badRows.length > 0 && (badRowsChoice === 'refuse' || points.length === 0)) {
        throw refused(fileName, badRows);
      }
      const skipped = [...badRows].sort((a, b) => a.line - b.line);
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
      return {
        status: 'done' as const,
        ...value,
        points: points.length,
        skipped: skipped.slice(0, MAX_SKIPPED_LISTED).map((r) => ({ ...r })),
        skippedCount: skipped.length,
        user,
      };
    });
  }

  private read(fileName: string, bytes: Uint8Array, delimiter: CsvMapping['delimiter']): CsvTable {
    const read = readCsvBytes(bytes, delimiter);
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
  return new ApiError(
    'invalid-arguments',
    `${named(fileName)}: ${plural(sorted.length, 'row', 'rows')} cannot be imported, so nothing was imported. ${shown.join('; ')}${more}.`,
  );
}
