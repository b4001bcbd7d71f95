/** The time axis of a chart: its domain, and the period bands drawn along it. */
import type { PartialDate, Period } from '../case/schema';
import { chronological } from './plotPoints';
import { decimalYear } from './timeAxis';
import type { Band, PlotPoint, TimeMode } from './types';

/** What the time axis needs of the chart's options. */
export interface TimeLayoutOptions {
  readonly compared: readonly Period[];
  readonly asOf?: PartialDate;
}

export function timeLayout(
  periods: readonly Period[],
  options: TimeLayoutOptions,
  points: readonly PlotPoint[],
  timeMode: TimeMode,
  periodIndex: (id: string) => number,
): { domain: [number, number]; bands: Band[] } {
  const xs = points.map((p) => p.x).filter((x): x is number => x !== undefined);
  const latest = Math.max(...xs);
  const span = (p: Period): [number, number] => {
    const start = decimalYear(p.start);
    const end = p.end
      ? decimalYear(p.end)
      : options.asOf
        ? decimalYear(options.asOf, 'end')
        : Math.max(start + 1, latest);
    return [start, Math.max(end, start)];
  };
  if (timeMode === 'sinceStart') {
    const lengths = options.compared.map((p) => span(p)[1] - span(p)[0]);
    const domain: [number, number] = [
      Math.floor(Math.min(0, ...xs)),
      Math.ceil(Math.max(1, ...xs, ...lengths)),
    ];
    return { domain, bands: [] };
  }
  const ends = options.compared.flatMap((p) => span(p));
  const domain: [number, number] = [
    Math.floor(Math.min(...xs, ...ends)),
    Math.ceil(Math.max(...xs, ...ends)),
  ];
  const bands: Band[] = [];
  for (const p of chronological(periods)) {
    const [x1, x2] = span(p);
    if (x2 <= domain[0] || x1 >= domain[1]) continue;
    const empty = !points.some((x) => x.periodId === p.id);
    // Only a compared period without figures is marked; others are context.
    const marked = empty && options.compared.some((c) => c.id === p.id);
    bands.push({
      periodId: p.id,
      label: p.label,
      color: { kind: 'period', index: periodIndex(p.id) },
      empty: marked,
      x1: Math.max(x1, domain[0]),
      x2: Math.min(x2, domain[1]),
    });
  }
  return { domain, bands };
}
