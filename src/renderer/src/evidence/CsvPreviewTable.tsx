import type { CsvPreview } from '../../../core/evidence/csv/csvPreview';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly fileName: string;
  readonly preview: CsvPreview;
}

/** The file's first rows as read, and every row that cannot be imported, by line. */
export function CsvPreviewTable({ fileName, preview }: Props): React.JSX.Element {
  return (
    <>
      <div className="table-scroll">
        <table className="csv-table">
          <caption className="sr-only">First rows of {fileName}</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {preview.columns.map((c) => (
                <th key={c.index} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((r) => (
              <tr key={r.line}>
                <th scope="row">{r.line}</th>
                {preview.columns.map((c) => (
                  <td key={c.index}>{r.cells[c.index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.badRowCount > 0 && (
        <div className="bad-rows" role="alert">
          <h4>
            {plural(preview.badRowCount, 'row', 'rows')} cannot be imported; fix the file and choose
            it again, or skip them
          </h4>
          <ul aria-label="Rows that cannot be imported">
            {preview.badRows.map((b) => (
              <li key={`${b.line}|${b.reason}`}>
                Line {b.line}: {b.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
