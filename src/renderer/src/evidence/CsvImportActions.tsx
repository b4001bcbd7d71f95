import type { CsvBadRows } from '../../../core/evidence/api';
import type { CsvPreview } from '../../../core/evidence/csv/csvPreview';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly preview: CsvPreview;
  readonly badRows: CsvBadRows;
  readonly onBadRows: (choice: CsvBadRows) => void;
  /** Why nothing can be imported yet, beside the file's own problems (no target, busy). */
  readonly blocked: string | undefined;
  readonly onDiscard: () => void;
  readonly onImport: () => void;
}

/** What the import will do, said on its button: every row, the good rows only, or nothing yet. */
export function importPlan(
  preview: CsvPreview,
  badRows: CsvBadRows,
): { readonly label: string; readonly reason: string | undefined } {
  const points = plural(preview.pointCount, 'point', 'points');
  if (preview.mappingProblems.length > 0) {
    return { label: 'Import', reason: `Not yet: ${preview.mappingProblems.join('; ')}.` };
  }
  if (preview.pointCount === 0) return { label: 'Import', reason: 'No row becomes a point.' };
  if (preview.badRowCount === 0) return { label: `Import ${points}`, reason: undefined };
  const bad = plural(preview.badRowCount, 'row', 'rows');
  return badRows === 'skip'
    ? { label: `Import ${points}, skip ${bad}`, reason: undefined }
    : {
        label: 'Import nothing',
        reason: `${plural(preview.badRowCount, 'row has', 'rows have')} problems: fix the file, or choose to skip ${preview.badRowCount === 1 ? 'it' : 'them'}.`,
      };
}

/** The choice for bad rows (when there are any) and the buttons that discard or import. */
export function CsvImportActions(props: Props): React.JSX.Element {
  const { preview, badRows, onBadRows } = props;
  const plan = importPlan(preview, badRows);
  const reason = props.blocked ?? plan.reason;
  const canChoose = preview.badRowCount > 0 && preview.mappingProblems.length === 0;
  return (
    <>
      {canChoose && (
        <fieldset className="csv-bad-rows-choice">
          <legend>Rows with problems</legend>
          <label>
            <input
              type="radio"
              name="csv-bad-rows"
              checked={badRows === 'refuse'}
              onChange={() => onBadRows('refuse')}
            />
            Import nothing until the file is fixed
          </label>
          <label>
            <input
              type="radio"
              name="csv-bad-rows"
              checked={badRows === 'skip'}
              disabled={preview.pointCount === 0}
              onChange={() => onBadRows('skip')}
            />
            Import the {plural(preview.pointCount, 'good row', 'good rows')} and skip{' '}
            {plural(preview.badRowCount, 'row', 'rows')} with problems
          </label>
        </fieldset>
      )}
      <div className="form-actions">
        <p className="form-status" id="csv-import-reason">
          {reason}
        </p>
        <button type="button" className="button" onClick={props.onDiscard}>
          Discard
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={reason !== undefined || plan.label === 'Import nothing'}
          aria-describedby={reason === undefined ? undefined : 'csv-import-reason'}
          onClick={props.onImport}
        >
          {plan.label}
        </button>
      </div>
    </>
  );
}
