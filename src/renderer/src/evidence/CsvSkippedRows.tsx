import { plural } from '../../../core/format/plural';

interface Props {
  readonly fileName: string;
  readonly rows: readonly { readonly line: number; readonly reason: string }[];
  readonly count: number;
}

/** The rows an import left out, kept on screen after it so the analyst can fix and add them. */
export function CsvSkippedRows({ fileName, rows, count }: Props): React.JSX.Element | null {
  if (count === 0) return null;
  return (
    <div className="bad-rows csv-skipped">
      <h4>
        {plural(count, 'row', 'rows')} of “{fileName}” skipped
        {count > rows.length ? ` (the first ${rows.length.toLocaleString('en')} listed)` : ''}
      </h4>
      <ul aria-label={`Rows skipped from ${fileName}`}>
        {rows.map((r) => (
          <li key={`${r.line}|${r.reason}`}>
            Line {r.line}: {r.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
