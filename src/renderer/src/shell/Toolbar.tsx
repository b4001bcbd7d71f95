import { forwardRef } from 'react';
import type { Case } from '../../../core/case/schema';
import type { ClaimFilter } from '../../../core/compare/filters';
import { THEME_LABELS, ThemeChoice } from '../../../core/settings/schema';
import { FilterPopover } from '../compare/FilterPopover';
import { ChartIcon, GridIcon, KeyboardIcon, NotesIcon } from '../compare/icons';
import { SearchBox } from '../compare/SearchBox';
import { PanePickers } from './PanePickers';

interface Props {
  readonly kase: Case;
  readonly panes: readonly string[];
  readonly onReplacePane: (index: number, period: string) => void;
  readonly onSwapPanes: (index: number) => void;
  readonly onAddPane: () => void;
  readonly filter: ClaimFilter;
  readonly onFilter: (filter: ClaimFilter) => void;
  readonly query: string;
  readonly hitCount: number;
  readonly hitIndex: number;
  readonly hasTerms: boolean;
  readonly onlyMatches: boolean;
  readonly onQuery: (query: string) => void;
  readonly onStepHit: (direction: 1 | -1) => void;
  readonly onOnlyMatches: (only: boolean) => void;
  readonly overview: boolean;
  readonly onOverview: (open: boolean) => void;
  readonly hasCharts: boolean;
  readonly chartsOpen: boolean;
  readonly onCharts: (open: boolean) => void;
  readonly notesOpen: boolean;
  readonly onNotes: (open: boolean) => void;
  readonly theme: ThemeChoice;
  readonly onTheme: (theme: ThemeChoice) => void;
  readonly onHelp: () => void;
  /** "Add claim" and "Sources & data". */
  readonly evidence?: React.ReactNode;
}

/** Comparison, finding and view controls over the panes. */
export const Toolbar = forwardRef<HTMLInputElement, Props>(function Toolbar(props, searchRef) {
  return (
    <div className="toolbar">
      <PanePickers
        kase={props.kase}
        panes={props.panes}
        onReplace={props.onReplacePane}
        onSwap={props.onSwapPanes}
        onAdd={props.onAddPane}
      />
      <span className="toolbar-sep" aria-hidden="true" />
      <FilterPopover kase={props.kase} filter={props.filter} onChange={props.onFilter} />
      <SearchBox
        ref={searchRef}
        query={props.query}
        hitCount={props.hitCount}
        current={props.hitIndex}
        hasTerms={props.hasTerms}
        onlyMatches={props.onlyMatches}
        onQuery={props.onQuery}
        onStep={props.onStepHit}
        onOnlyMatches={props.onOnlyMatches}
      />
      <span className="toolbar-spacer" />
      {props.evidence}
      <button
        type="button"
        className={`tool-button${props.overview ? ' is-active' : ''}`}
        aria-pressed={props.overview}
        title="Overview of verdicts (o)"
        onClick={() => props.onOverview(!props.overview)}
      >
        <GridIcon />
        <span className="tool-label">Overview</span>
      </button>
      <button
        type="button"
        className={`tool-button tool-icon${props.chartsOpen ? ' is-active' : ''}`}
        aria-pressed={props.chartsOpen}
        disabled={!props.hasCharts}
        title={props.hasCharts ? 'Show or hide the charts' : 'This issue area has no figures'}
        onClick={() => props.onCharts(!props.chartsOpen)}
      >
        <ChartIcon />
        <span className="sr-only">Charts</span>
      </button>
      <button
        type="button"
        className={`tool-button tool-icon${props.notesOpen ? ' is-active' : ''}`}
        aria-pressed={props.notesOpen}
        title="Show or hide the notes"
        onClick={() => props.onNotes(!props.notesOpen)}
      >
        <NotesIcon />
        <span className="sr-only">Notes</span>
      </button>
      <label className="sr-only" htmlFor="theme-select">
        Theme
      </label>
      <select
        id="theme-select"
        className="theme-select"
        value={props.theme}
        title="Theme: follow the system, or always light or dark"
        onChange={(event) => props.onTheme(ThemeChoice.parse(event.target.value))}
      >
        {ThemeChoice.options.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={props.onHelp}
      >
        <KeyboardIcon size={16} />
      </button>
    </div>
  );
});
