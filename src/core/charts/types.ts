/** The chart model: everything a chart shows, computed from the case without a browser. */
import type { Bound, Currency, Measure, PartialDate, PointRole, Unit } from '../case/schema';
import type { ChartKind } from './chartKind';
import type { Scale } from './format';

export type TimeMode = 'calendar' | 'sinceStart';

/** A colour by meaning; the renderer maps it to the theme's palette. */
export type ColorToken =
  | { readonly kind: 'period'; readonly index: number }
  | { readonly kind: 'role'; readonly role: PointRole }
  | { readonly kind: 'neutral' }
  /** The text colour: legend keys (stated, derived) that must not pass for a series' colour. */
  | { readonly kind: 'ink' };

/** How a legend swatch is drawn: `derived` is the hatched/outlined look of derived values. */
export type SwatchStyle = 'solid' | 'derived' | 'dot' | 'hollowDot' | 'rung' | 'band' | 'empty';

export interface LegendEntry {
  readonly label: string;
  readonly color: ColorToken;
  readonly style: SwatchStyle;
}

export interface PlotPoint {
  readonly id: string;
  /** Absent for a point outside every period (drawn neutral). */
  readonly periodId?: string;
  readonly periodLabel: string;
  readonly date?: PartialDate;
  readonly dateEnd?: PartialDate;
  /** "2019", "2018–2019", or "" when undated. */
  readonly dateLabel: string;
  /** Position on a time axis in the chart's time mode (decimal years), when dated. */
  readonly x?: number;
  /** The value as the source states it, in base units of the measure's unit. */
  readonly sourceValue: number;
  /** The value in the plotted currency, base units. */
  readonly value: number;
  /** The value in the axis scale (700 for ¥700 billion on a "¥ billion" axis). */
  readonly plotted: number;
  readonly bound: Bound;
  readonly role: PointRole;
  readonly actor?: string;
  readonly label?: string;
  readonly kind: 'stated' | 'derived';
  /** "≈ ¥70 billion", "≥ 3%": short, for labels on the chart. */
  readonly display: string;
  /** "¥700 billion (US$4.65 billion)", "≥ 3% of GDP": for tooltips, tables and summaries. */
  readonly displayFull: string;
  /** The arithmetic of a derived point, with the quote it rests on. */
  readonly derivation?: string;
  readonly explanation?: string;
  /** Drawn beside a derived value on the chart ("implied by the source's 'tripling'"). */
  readonly caption?: string;
  /** How a converted amount was obtained, when it is not the source's own figure. */
  readonly conversion?: string;
  /** The quote the point rests on (the derivation's quote for a derived point). */
  readonly quote: string;
  readonly locator?: string;
  readonly sourceId: string;
  readonly citation: string;
  readonly color: ColorToken;
  /** The category the point falls in, for bars and ladders. */
  readonly slot: string;
}

/** A category on the x axis of bars and ladders. */
export interface Slot {
  readonly key: string;
  readonly label: string;
  /** A second line under the label (the role on a ladder). */
  readonly sublabel?: string;
  /** Absent for the slot of a point outside every period. */
  readonly periodId?: string;
  readonly points: readonly PlotPoint[];
}

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: ColorToken;
  readonly points: readonly PlotPoint[];
}

/** A period shaded on a time axis (calendar mode) or grouped on a category axis. */
export interface Band {
  readonly periodId: string;
  readonly label: string;
  readonly color: ColorToken;
  /** The sources give no figure for this period: the band says so. */
  readonly empty: boolean;
  /** Decimal years on a time axis. */
  readonly x1?: number;
  readonly x2?: number;
  /** First and last slot keys on a category axis. */
  readonly slot1?: string;
  readonly slot2?: string;
}

export interface ChartModel {
  readonly caseId: string;
  readonly measureId: string;
  /** `<case-id>-<measure-id>`: the stem of every exported file's name. */
  readonly fileStem: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** Names the periods the chart has figures for, and the unit. */
  readonly subtitle: string;
  /** Compared periods the sources give no figure for; each is an explicit slot or band. */
  readonly emptyPeriods: readonly string[];
  /** Whether a line may join the points (the measure says its series is continuous). */
  readonly continuous: boolean;
  readonly unit: Unit;
  readonly basis: Measure['basis'];
  /** The currency amounts are plotted in (money only). */
  readonly currency?: Currency;
  readonly scale: Scale;
  readonly valueAxisLabel: string;
  readonly timeMode: TimeMode;
  readonly timeAxisLabel?: string;
  readonly domain?: readonly [number, number];
  readonly points: readonly PlotPoint[];
  readonly slots: readonly Slot[];
  readonly series: readonly Series[];
  readonly bands: readonly Band[];
  readonly legend: readonly LegendEntry[];
  /** Visible notes: the measure's caveats, figures that do not compare, conversions. */
  readonly notes: readonly string[];
  /** What derived values are and how each follows from the source; absent when none is derived. */
  readonly derivedNote?: string;
  readonly sourceLine: string;
  /** One line per point (and per empty period), for screen readers. */
  readonly summary: readonly string[];
  /** Currencies the chart can also be shown in, at a rate the case states. */
  readonly conversionTargets: readonly Currency[];
}
