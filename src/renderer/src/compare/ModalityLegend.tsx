import { ModalityBadge } from './ModalityBadge';
import { MODALITIES, MODALITY_HINTS } from '../ui/modality';

/** What the four kinds of claim look like, and what each means. */
export function ModalityLegend(): React.JSX.Element {
  return (
    <section className="modality-legend" aria-labelledby="modality-legend-title">
      <h2 id="modality-legend-title" className="legend-title">
        Kinds of claim
      </h2>
      <dl>
        {MODALITIES.map((m) => (
          <div key={m} className="legend-entry">
            <dt>
              <ModalityBadge modality={m} />
            </dt>
            <dd>{MODALITY_HINTS[m]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
