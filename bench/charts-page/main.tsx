/**
 * The chart benchmarks' page: the app's own chart code (model, plot, export) on a synthetic
 * measure, driven from bench/sections/charts.ts through `window.diptychBench`.
 */
import '../../src/core/zodConfig';
import '../../src/renderer/src/styles/base.css';
import '../../src/renderer/src/charts/charts.css';
import { useLayoutEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import shipped from '../../data/cases/japan-trump/case.json';
import { Case, type Measure, type Point } from '../../src/core/case/schema';
import { buildChartModel } from '../../src/core/charts/chartModel';
import type { ChartModel } from '../../src/core/charts/types';
import { buildExportSvg, svgToPng, type ExportInput } from '../../src/renderer/src/charts/export';
import { TimeSeriesPlot } from '../../src/renderer/src/charts/plots/TimeSeriesPlot';
import { readChartTheme } from '../../src/renderer/src/charts/theme/chartTheme';

const kase = Case.parse(shipped);

/** A dated series of `n` stated points spread over the case's periods. */
function syntheticMeasure(n: number): Measure {
  const source = kase.sources[0]!.id;
  const start = Date.UTC(2017, 0, 21);
  const span = Date.UTC(2028, 11, 31) - start;
  const points: Point[] = Array.from({ length: n }, (_, i) => {
    const date = new Date(start + (span * i) / Math.max(1, n - 1)).toISOString().slice(0, 10);
    const period = date < '2021-01-20' ? 'trump1' : date < '2025-01-20' ? 'biden' : 'trump2';
    return {
      id: `p-${i}`,
      period,
      date,
      value: 4e11 + 3e11 * Math.sin(i / 37) + (i % 17) * 1e9,
      bound: 'exact',
      role: 'outcome',
      evidence: { source, selector: { type: 'TextQuoteSelector', exact: `synthetic point ${i}` } },
    };
  });
  return {
    id: 'synthetic',
    issue: kase.issues[0]!.id,
    label: 'A synthetic series',
    unit: { kind: 'money', currency: 'JPY' },
    basis: 'annual',
    points,
  };
}

function modelFor(n: number): ChartModel {
  const compared = kase.periods.filter((p) => kase.defaultComparison.includes(p.id));
  return buildChartModel(kase, syntheticMeasure(n), {
    compared,
    timeMode: 'calendar',
    asOf: '2028-12-31',
  });
}

function Chart(props: {
  model: ChartModel;
  width: number;
  height: number;
  onPainted: () => void;
}): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => props.onPainted();
      channel.port2.postMessage(null);
    });
  });
  const theme = readChartTheme();
  return (
    <div ref={ref} className="chart-plot" style={{ width: props.width, height: props.height }}>
      <TimeSeriesPlot
        model={props.model}
        theme={theme}
        width={props.width}
        height={props.height}
        idPrefix="bench"
      />
    </div>
  );
}

let root: Root | undefined;

function render(model: ChartModel, width: number, height: number): Promise<number> {
  root?.unmount();
  root = createRoot(document.getElementById('root')!);
  const t0 = performance.now();
  return new Promise((resolve) => {
    root!.render(
      <Chart
        model={model}
        width={width}
        height={height}
        onPainted={() => resolve(performance.now() - t0)}
      />,
    );
  });
}

function exportInput(model: ChartModel): ExportInput {
  const chart = document.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!chart) throw new Error('no chart drawn');
  return {
    chart,
    title: model.title,
    subtitle: model.subtitle,
    legend: model.legend.map((e) => ({ label: e.label, swatch: null })),
    notes: model.notes,
    derivedNote: model.derivedNote,
    sourceLine: model.sourceLine,
    colors: { background: '#ffffff', text: '#1d1f24', muted: '#5b606b' },
  };
}

/** Draws a chart whose export is `width` × `height` (the plot is sized to leave room for the rest). */
async function prepareExport(
  width: number,
  height: number,
  points: number,
): Promise<{ width: number; height: number }> {
  const model = modelFor(points);
  await render(model, width, height / 2);
  // The export adds margins, title, legend and source line around the plot: size the plot so the
  // whole image comes out at width × height.
  const first = buildExportSvg(exportInput(model));
  const plotWidth = width - (first.width - width);
  const plotHeight = height / 2 + (height - first.height);
  await render(model, plotWidth, plotHeight);
  const sized = buildExportSvg(exportInput(model));
  current = model;
  return { width: sized.width, height: sized.height };
}

let current: ChartModel | undefined;

const api = {
  renderPoints: (n: number, width: number, height: number) => render(modelFor(n), width, height),
  prepareExport,
  timeSvg: (): number => {
    const t0 = performance.now();
    const { svg } = buildExportSvg(exportInput(current!));
    if (svg.length === 0) throw new Error('empty export');
    return performance.now() - t0;
  },
  timePng: async (
    scale: number,
  ): Promise<{ ms: number; width: number; height: number; bytes: number }> => {
    const t0 = performance.now();
    const { svg, width, height } = buildExportSvg(exportInput(current!));
    const blob = await svgToPng(svg, width, height, scale);
    return {
      ms: performance.now() - t0,
      width: width * scale,
      height: height * scale,
      bytes: blob.size,
    };
  },
};

declare global {
  interface Window {
    diptychBench?: typeof api;
  }
}
window.diptychBench = api;
