/**
 * A chart's plot as one tab stop: Left/Right (Home/End) move between its points, the focused
 * point is marked and read out in a live region, Enter opens its evidence. The SVG's own
 * keyboard layer is off, so Tab leaves the chart in one step.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ChartModel } from '../../../core/charts/types';
import { PointEvidenceDialog } from './PointEvidenceDialog';
import { pointAnnouncement, pointsInOrder } from './pointAnnouncement';

interface Props {
  readonly model: ChartModel;
  readonly plotRef: RefObject<HTMLDivElement | null>;
  readonly height: number;
  readonly children: React.ReactNode;
}

const KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

export function PlotKeyboard({ model, plotRef, height, children }: Props): React.JSX.Element {
  const points = useMemo(() => pointsInOrder(model.points), [model.points]);
  const [index, setIndex] = useState<number | undefined>(undefined);
  const [opened, setOpened] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);
  const at = index === undefined ? undefined : Math.min(index, points.length - 1);
  const point = at === undefined || at < 0 ? undefined : points[at];

  // The focused point's mark is outlined; marks are drawn by the plot, so it is found by id.
  useEffect(() => {
    const host = hostRef.current;
    if (!host || !point) return;
    const mark = host.querySelector(`[data-point="${CSS.escape(point.id)}"]`);
    mark?.classList.add('is-focused');
    return () => mark?.classList.remove('is-focused');
  });

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (points.length === 0) return;
    if (event.key === 'Enter' && point) {
      event.preventDefault();
      setOpened(true);
      return;
    }
    if (!KEYS.includes(event.key)) return;
    event.preventDefault();
    const last = points.length - 1;
    const from = at ?? -1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : event.key === 'ArrowRight'
            ? Math.min(last, from + 1)
            : Math.max(0, from < 0 ? 0 : from - 1);
    setIndex(next);
  };

  const said = point && at !== undefined ? pointAnnouncement(point, at, points.length) : '';
  return (
    <>
      <div
        ref={hostRef}
        className="chart-plot-focus"
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={`${model.title}: ${points.length} points. Left and right arrows move between them, Enter opens the evidence.`}
        onKeyDown={onKeyDown}
      >
        <div className="chart-plot" ref={plotRef} style={{ height }}>
          {children}
        </div>
        <p className="chart-point-said" aria-live="polite" aria-atomic="true">
          {said}
        </p>
      </div>
      {opened && point && (
        <PointEvidenceDialog
          point={point}
          chartTitle={model.title}
          onClose={() => setOpened(false)}
        />
      )}
    </>
  );
}
