import type { FigureRow } from '../../../core/figures/sideBySideModel';
import { FigureChoices } from './FigureChoices';

interface Props {
  readonly rows: readonly FigureRow[];
  /** The rows picked, by dimension id; undefined: all. */
  readonly picked: readonly string[] | undefined;
  readonly onChange: (picked: readonly string[] | undefined) => void;
}

/** Which rows of the issue go into the figure; a long issue still paginates by itself. */
export function RowPicker({ rows, picked, onChange }: Props): React.JSX.Element {
  const isPicked = (id: string): boolean => picked === undefined || picked.includes(id);
  const toggle = (id: string): void => {
    const next = rows
      .map((r) => r.dimensionId)
      .filter((r) => (r === id ? !isPicked(r) : isPicked(r)));
    onChange(next.length === rows.length ? undefined : next);
  };
  return (
    <FigureChoices
      legend="Rows"
      type="checkbox"
      options={rows.map((r) => ({ key: r.dimensionId, label: r.label }))}
      isChecked={isPicked}
      onPick={toggle}
    >
      {picked?.length === 0 && <p role="alert">Pick at least one row to export.</p>}
    </FigureChoices>
  );
}
