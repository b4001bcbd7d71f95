import type { Case, Period } from '../../../core/case/schema';
import { separateChartsNotes } from '../../../core/charts/comparability';
import { MeasureChart } from './MeasureChart';
import './charts.css';

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
  const notes = separateChartsNotes(measures);
  return (
    <section className="charts-strip" aria-label="Charts">
      <div className="charts-strip-head">
        <h2>Charts</h2>
        <span className="charts-strip-note">
          {measures.length === 1 ? 'One chart' : `${measures.length} charts`}
        </span>
      </div>
      {notes.map((note) => (
        <p key={note} className="charts-strip-note">
          {note}
        </p>
      ))}
      <div className="charts-grid">
        {measures.map((m) => (
          <MeasureChart key={m.id} kase={props.kase} measure={m} compared={props.periods} />
        ))}
      </div>
    </section>
  );
}
