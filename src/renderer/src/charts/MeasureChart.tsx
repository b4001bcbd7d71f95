/**
 * One measure's chart: title and subtitle, controls (time axis, currency), legend, the plot fitted
 * to the measure's shape, notes where figures do not compare, the note on derived values, the
 * source line, a text summary for screen readers, and the button to its export dialog.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { Case, Currency, Measure, Period } from '../../../core/case/schema';
import { compatibleMeasures } from '../../../core/charts/addedSeries';
import { buildChartModel } from '../../../core/charts/chartModel';
import { CURRENCY_SYMBOL } from '../../../core/charts/format';
import type { ChartModel, TimeMode } from '../../../core/charts/types';
import { useReferences } from '../ui/citations/useReferences';
import { ChartLegend } from './ChartLegend';
import { markFirstChartPainted } from './perfMarks';
import { LargeChartDialog } from './LargeChartDialog';
import { PlotKeyboard } from './PlotKeyboard';
import { Plot, PLOT_HEIGHT } from './plots/Plot';
import { ExpandIcon } from '../ui/icons';
import { useChartTheme } from './theme/chartTheme';
import { SeriesPicker } from './SeriesPicker';
import { Toggle } from './Toggle';
import { useElementWidth } from './useElementWidth';

// Loaded on first use: the figure code, its fonts and the data exports stay off the first screen.
const FigureExportDialog = lazy(() =>
  import('./FigureExportDialog').then((m) => ({ default: m.FigureExportDialog })),
);

export interface MeasureChartProps {
  readonly kase: Case;
  readonly measure: Measure;
  /** The periods compared in the panes, in pane order. */
  readonly compared: readonly Period[];
}

export function MeasureChart({ kase, measure, compared }: MeasureChartProps): React.JSX.Element {
  const [timeMode, setTimeMode] = useState<TimeMode>('calendar');
  const [currency, setCurrency] = useState<Currency | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  const [large, setLarge] = useState(false);
  const [addedIds, setAddedIds] = useState<readonly string[]>([]);
  const candidates = useMemo(() => compatibleMeasures(kase, measure), [kase, measure]);
  const added = useMemo(
    () => candidates.filter((m) => addedIds.includes(m.id)),
    [candidates, addedIds],
  );
  // Where an ongoing period ends on a time axis: today.
  const asOf = useMemo(() => new Date().toISOString().slice(0, 10), []);
  // Tooltips and the source line cite in the workspace's style once it has loaded.
  const reference = useReferences('idle').full;
  const model = useMemo(
    () => buildChartModel(kase, measure, { compared, timeMode, currency, asOf, added, reference }),
    [kase, measure, compared, timeMode, currency, asOf, added, reference],
  );
  const theme = useChartTheme();
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const idPrefix = `chart-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const height = PLOT_HEIGHT[model.kind];
  const own = measure.unit.kind === 'money' ? measure.unit.currency : undefined;
  useEffect(() => {
    if (width > 0) markFirstChartPainted();
  }, [width]);

  return (
    <figure
      className="chart"
      role="figure"
      aria-label={model.title}
      data-measure={measure.id}
      data-chart-kind={model.kind}
    >
      <div className="chart-head">
        <div className="chart-heading">
          <h3 className="chart-title">{model.title}</h3>
          <p className="chart-subtitle">{model.subtitle}</p>
        </div>
        <button
          type="button"
          className="chart-export-button"
          aria-label={`Open large: ${model.title}`}
          title="Open this chart large"
          onClick={() => setLarge(true)}
        >
          <ExpandIcon />
        </button>
        <button
          type="button"
          className="chart-export-button"
          aria-label={`Export figure: ${model.title}`}
          onClick={() => setExporting(true)}
        >
          Figure…
        </button>
      </div>
      {exporting && (
        <Suspense fallback={null}>
          <FigureExportDialog kase={kase} model={model} onClose={() => setExporting(false)} />
        </Suspense>
      )}
      {(model.kind === 'timeSeries' || (own && model.conversionTargets.length > 0)) && (
        <div className="chart-controls">
          {model.kind === 'timeSeries' && (
            <Toggle
              legend="Time axis"
              value={timeMode}
              onChange={setTimeMode}
              options={[
                { value: 'calendar', label: 'Calendar years' },
                { value: 'sinceStart', label: 'Years since each period began' },
              ]}
            />
          )}
          {own && model.conversionTargets.length > 0 && (
            <Toggle
              legend="Currency"
              value={currency ?? own}
              onChange={(next) => setCurrency(next === own ? undefined : next)}
              options={[
                { value: own, label: `${CURRENCY_SYMBOL[own]} as stated` },
                ...model.conversionTargets.map((c) => ({
                  value: c,
                  label: `${CURRENCY_SYMBOL[c]} at the source's rate`,
                })),
              ]}
            />
          )}
        </div>
      )}
      <SeriesPicker
        chartTitle={model.title}
        candidates={candidates}
        added={addedIds}
        onChange={setAddedIds}
      />
      <ChartLegend entries={model.legend} theme={theme} idPrefix={idPrefix} />
      <PlotKeyboard model={model} plotRef={plotRef} height={height}>
        {width > 0 && (
          <Plot model={model} theme={theme} width={width} height={height} idPrefix={idPrefix} />
        )}
      </PlotKeyboard>
      {large && (
        <LargeChartDialog
          model={model}
          theme={theme}
          idPrefix={idPrefix}
          onClose={() => setLarge(false)}
        />
      )}
      {model.notes.length > 0 && (
        <ul className="chart-notes" aria-label="Notes on these figures">
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <figcaption className="chart-caption">
        {model.derivedNote && <p className="chart-derived-note">{model.derivedNote}</p>}
        <p className="chart-source">{model.sourceLine}</p>
        <Summary model={model} />
      </figcaption>
    </figure>
  );
}

/** The chart in words, for screen readers: every point, and every period without one. */
function Summary({ model }: { readonly model: ChartModel }): React.JSX.Element {
  return (
    <div className="sr-only chart-summary">
      <p>
        Chart of {model.title}: {model.subtitle}.
      </p>
      <ul>
        {model.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
