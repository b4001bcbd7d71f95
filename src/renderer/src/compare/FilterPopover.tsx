import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Case } from '../../../core/case/schema';
import {
  activeFilterCount,
  facetsOf,
  toggleFilterValue,
  type ClaimFilter,
  type FacetValue,
  type FilterFacet,
} from '../../../core/compare/filters';
import { FilterIcon } from '../ui/icons';
import { ModalityBadge } from './ModalityBadge';

interface Props {
  readonly kase: Case;
  readonly filter: ClaimFilter;
  readonly onChange: (filter: ClaimFilter) => void;
  /** Only rows with claims on both sides of the pairs on screen. */
  readonly bothSides: boolean;
  readonly onBothSides: (on: boolean) => void;
}

/**
 * The toolbar's filter button and its popover: modality, actor and tag, each with counts. The
 * popover's lists are drawn the first time it opens, not at start: with every actor and tag of
 * the case they were over a third of the first screen's elements, all hidden.
 */
export function FilterPopover({
  kase,
  filter,
  onChange,
  bothSides,
  onBothSides,
}: Props): React.JSX.Element {
  const id = useId();
  const popoverId = `filters-${id.replace(/:/g, '')}`;
  const popoverRef = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const popover = popoverRef.current;
    if (!popover || opened) return;
    const onBeforeToggle = (event: Event): void => {
      // Drawn before the popover is shown, so it never opens empty.
      if ((event as ToggleEvent).newState === 'open') flushSync(() => setOpened(true));
    };
    popover.addEventListener('beforetoggle', onBeforeToggle);
    return () => popover.removeEventListener('beforetoggle', onBeforeToggle);
  }, [opened]);
  const active = activeFilterCount(filter) + (bothSides ? 1 : 0);
  return (
    <>
      <button
        type="button"
        className={`tool-button filter-anchor${active > 0 ? ' is-active' : ''}`}
        popoverTarget={popoverId}
        aria-label={active > 0 ? `Filters (${active} active)` : 'Filters'}
      >
        <FilterIcon />
        <span className="tool-label" aria-hidden="true">
          Filters
        </span>
        {active > 0 && (
          <span className="badge" aria-hidden="true">
            {active}
          </span>
        )}
      </button>
      <div
        id={popoverId}
        ref={popoverRef}
        popover="auto"
        className="popover filter-popover"
        role="dialog"
        aria-label="Filter claims"
      >
        {opened && (
          <FilterPanel
            kase={kase}
            filter={filter}
            onChange={onChange}
            bothSides={bothSides}
            onBothSides={onBothSides}
          />
        )}
      </div>
    </>
  );
}

/** The popover's contents: the both-sides switch, the kinds of claim, the actors and the tags. */
function FilterPanel({ kase, filter, onChange, bothSides, onBothSides }: Props): React.JSX.Element {
  const facets = facetsOf(kase);
  const [find, setFind] = useState('');
  const needle = find.trim().toLowerCase();
  const narrow = (values: readonly FacetValue[]): readonly FacetValue[] =>
    needle ? values.filter((v) => v.value.toLowerCase().includes(needle)) : values;
  const actors = narrow(facets.actors);
  const tags = narrow(facets.tags);
  const toggle = (facet: FilterFacet, value: string): void =>
    onChange(toggleFilterValue(filter, facet, value as never));
  return (
    <>
      <label className="filter-option filter-rows">
        <input
          type="checkbox"
          checked={bothSides}
          onChange={(event) => onBothSides(event.target.checked)}
        />
        Rows with claims on both sides
      </label>
      <div className="filter-columns">
        <fieldset className="filter-group">
          <legend>Kind of claim</legend>
          {facets.modalities.map(({ value, count }) => (
            <label key={value} className="filter-option">
              <input
                type="checkbox"
                checked={filter.modalities.includes(value)}
                onChange={() => toggle('modalities', value)}
              />
              <ModalityBadge modality={value} />
              <span className="filter-count trailing-figure">{count}</span>
            </label>
          ))}
        </fieldset>
        <div className="filter-lists">
          <label className="filter-find">
            <span className="sr-only">Find an actor or tag</span>
            <input
              type="search"
              placeholder="Find an actor or tag…"
              value={find}
              onChange={(event) => setFind(event.target.value)}
            />
          </label>
          <FacetList
            legend="Actors"
            values={actors}
            chosen={filter.actors}
            onToggle={(v) => toggle('actors', v)}
          />
          <FacetList
            legend="Tags"
            values={tags}
            chosen={filter.tags}
            prefix="#"
            onToggle={(v) => toggle('tags', v)}
          />
        </div>
      </div>
      <p className="filter-help">
        Within a group any ticked value matches; across groups all must.
      </p>
    </>
  );
}

interface FacetListProps {
  readonly legend: string;
  readonly values: readonly FacetValue[];
  readonly chosen: readonly string[];
  readonly prefix?: string;
  readonly onToggle: (value: string) => void;
}

function FacetList({ legend, values, chosen, prefix = '', onToggle }: FacetListProps) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="filter-list">
        {values.length === 0 && <p className="filter-empty">None</p>}
        {values.map(({ value, count }) => (
          <label key={value} className="filter-option">
            <input
              type="checkbox"
              checked={chosen.includes(value)}
              onChange={() => onToggle(value)}
            />
            <span className="filter-value">
              {prefix}
              {value}
            </span>
            <span className="filter-count trailing-figure">{count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
