/** The size, theme and raster density of a figure, as the export dialog asks for them. */
import type { FigureTheme } from '../../../core/figures/figurePalette';
import {
  RASTERS,
  rasterLabel,
  SIZE_PRESETS,
  type CustomSize,
  type Raster,
  type SizePreset,
} from '../figures';
import { Options } from '../ui/Options';

export interface FigureChoice {
  readonly preset: SizePreset;
  readonly custom: CustomSize;
  readonly theme: FigureTheme;
  readonly raster: Raster;
}

const THEMES: readonly { readonly key: FigureTheme; readonly label: string }[] = [
  { key: 'light', label: 'Light' },
  { key: 'dark', label: 'Dark' },
  { key: 'grey', label: 'Greyscale-safe' },
];

export function FigureOptions(props: {
  readonly idPrefix: string;
  readonly choice: FigureChoice;
  readonly onChange: (next: FigureChoice) => void;
  readonly sizeError: string | null;
}): React.JSX.Element {
  const { choice, onChange, idPrefix } = props;
  const custom = choice.custom;
  return (
    <div className="figure-options">
      <label>
        Size
        <select
          value={choice.preset}
          onChange={(e) => onChange({ ...choice, preset: e.target.value as SizePreset })}
        >
          <Options items={SIZE_PRESETS} value={(p) => p.key} label={(p) => p.label} />
        </select>
      </label>
      {choice.preset === 'custom' && (
        <fieldset className="figure-custom">
          <legend>Custom size</legend>
          <label>
            Width
            <input
              id={`${idPrefix}-width`}
              type="number"
              min={1}
              value={custom.width}
              aria-invalid={props.sizeError ? true : undefined}
              aria-describedby={props.sizeError ? `${idPrefix}-size-error` : undefined}
              onChange={(e) =>
                onChange({ ...choice, custom: { ...custom, width: Number(e.target.value) } })
              }
            />
          </label>
          <label>
            Unit
            <select
              value={custom.unit}
              onChange={(e) =>
                onChange({
                  ...choice,
                  custom: { ...custom, unit: e.target.value === 'mm' ? 'mm' : 'px' },
                })
              }
            >
              <option value="px">px</option>
              <option value="mm">mm</option>
            </select>
          </label>
          {props.sizeError && (
            <p id={`${idPrefix}-size-error`} className="field-error" role="alert">
              {props.sizeError}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="figure-theme">
        <legend>Theme of the figure</legend>
        {THEMES.map((t) => (
          <label key={t.key}>
            <input
              type="radio"
              name={`${idPrefix}-theme`}
              value={t.key}
              checked={choice.theme === t.key}
              onChange={() => onChange({ ...choice, theme: t.key })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <label>
        PNG resolution
        <select
          value={rasterLabel(choice.raster)}
          onChange={(e) =>
            onChange({
              ...choice,
              raster: RASTERS.find((r) => rasterLabel(r) === e.target.value) ?? choice.raster,
            })
          }
        >
          <Options items={RASTERS} value={(r) => rasterLabel(r)} label={(r) => rasterLabel(r)} />
        </select>
      </label>
    </div>
  );
}
