import type { Period } from '../../../core/case/schema';

interface Props {
  readonly periods: readonly Period[];
}

/** The grid's column headers for screen readers; sighted users read the pane bar above. */
export function GridColumnHeads({ periods }: Props): React.JSX.Element {
  return (
    <div role="row" className="grid-head sr-only" aria-rowindex={1}>
      <span role="columnheader">Row</span>
      {periods.map((p) => (
        <span role="columnheader" key={p.id}>
          {p.label}
        </span>
      ))}
      <span role="columnheader">Verdict</span>
    </div>
  );
}
