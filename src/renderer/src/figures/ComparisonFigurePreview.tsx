import { useMemo, useState } from 'react';
import type { FigurePage } from '../../../core/figures/sideBySideSvg';

interface Props {
  readonly pages: readonly FigurePage[];
  /** The CSV text, when that is what will be written. */
  readonly csv?: string;
}

const CSV_PREVIEW_LINES = 12;

/** Exactly what will be written: the SVG page itself as an image, or the CSV's first lines. */
export function ComparisonFigurePreview({ pages, csv }: Props): React.JSX.Element {
  const [index, setIndex] = useState(0);
  const page = pages[Math.min(index, pages.length - 1)];
  // A data: URL (allowed by the page's CSP) needs no revoking, unlike a blob: URL.
  const url = useMemo(
    () => (page ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(page.svg)}` : undefined),
    [page],
  );

  if (csv !== undefined) {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    return (
      <pre className="comparison-figure-preview-csv" aria-label="Preview of the CSV">
        {lines.slice(0, CSV_PREVIEW_LINES).join('\n')}
        {lines.length > CSV_PREVIEW_LINES
          ? `\n… ${lines.length - CSV_PREVIEW_LINES} more lines`
          : ''}
      </pre>
    );
  }
  if (!page) return <p>Nothing to draw: pick at least one row.</p>;
  const shown = Math.min(index, pages.length - 1);
  return (
    <div className="comparison-figure-preview">
      {pages.length > 1 && (
        <div className="comparison-figure-pages" role="group" aria-label="Pages">
          <button
            type="button"
            className="button"
            disabled={shown === 0}
            onClick={() => setIndex(shown - 1)}
          >
            Previous page
          </button>
          <span>
            Page {shown + 1} of {pages.length} ({page.rows.join(', ')})
          </span>
          <button
            type="button"
            className="button"
            disabled={shown === pages.length - 1}
            onClick={() => setIndex(shown + 1)}
          >
            Next page
          </button>
        </div>
      )}
      {url && (
        <img
          className="comparison-figure-preview-image"
          src={url}
          width={page.width}
          height={page.height}
          alt={`Preview: ${page.rows.join(', ')}`}
          data-testid="comparison-figure-preview"
        />
      )}
      <p className="comparison-figure-size">
        {page.width} × {page.height} px (175 mm wide at 96 dpi)
      </p>
    </div>
  );
}
