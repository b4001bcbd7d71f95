import type { ClaimFilter, FilterFacet } from '../../../core/compare/filters';
import { toggleFilterValue } from '../../../core/compare/filters';
import { CloseIcon } from '../ui/icons';
import { MODALITY_LABELS } from '../ui/modality';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly filter: ClaimFilter;
  /** Claims hidden over the whole case, so the analyst knows what the filters cost. */
  readonly hidden: number;
  readonly onlyMatches: boolean;
  readonly bothSides: boolean;
  readonly onBothSides: (on: boolean) => void;
  readonly onChange: (filter: ClaimFilter) => void;
  readonly onClear: () => void;
  readonly onShowAll: () => void;
}

/** The filters in force, each removable, and one button to clear them all. */
export function FilterBar(props: Props) {
  const { filter, hidden, onlyMatches, onChange, onClear, onShowAll } = props;
  const chips: { facet: FilterFacet; value: string; label: string }[] = [
    ...filter.modalities.map((v) => ({
      facet: 'modalities' as const,
      value: v,
      label: MODALITY_LABELS[v],
    })),
    ...filter.actors.map((v) => ({ facet: 'actors' as const, value: v, label: v })),
    ...filter.tags.map((v) => ({ facet: 'tags' as const, value: v, label: `#${v}` })),
  ];
  return (
    <div className="filter-bar" role="region" aria-label="Active filters">
      <span className="filter-bar-title">Showing only</span>
      <ul className="filter-chips">
        {chips.map((chip) => (
          <li key={`${chip.facet}:${chip.value}`}>
            <button
              type="button"
              className="filter-chip"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => onChange(toggleFilterValue(filter, chip.facet, chip.value as never))}
            >
              {chip.label}
              <CloseIcon size={10} />
            </button>
          </li>
        ))}
        {props.bothSides && (
          <li>
            <button
              type="button"
              className="filter-chip"
              aria-label="Show rows with claims on one side only"
              onClick={() => props.onBothSides(false)}
            >
              rows with claims on both sides
              <CloseIcon size={10} />
            </button>
          </li>
        )}
        {onlyMatches && (
          <li>
            <button
              type="button"
              className="filter-chip"
              aria-label="Show claims that do not match the search"
              onClick={onShowAll}
            >
              search matches
              <CloseIcon size={10} />
            </button>
          </li>
        )}
      </ul>
      <span className="filter-hidden">{plural(hidden, 'claim', 'claims')} hidden</span>
      <button type="button" className="link-button" onClick={onClear}>
        Clear all
      </button>
    </div>
  );
}
