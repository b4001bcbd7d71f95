import { useState, type CSSProperties } from 'react';
import { resizeByKey, sameSizes, separatorRange } from '../../../../core/layout/splitSizes';
import { useSeparatorDrag, type SeparatorOptions } from './useSeparatorDrag';

interface Props extends SeparatorOptions {
  /** The id of the panel before it, which it resizes. */
  readonly controls: string;
  readonly label: string;
  readonly className: string;
}

const STYLE: CSSProperties = { flexBasis: 'auto', flexGrow: 0, flexShrink: 0, touchAction: 'none' };

const aria = (value: number): number => Math.round(value * 10) / 10;

/**
 * A window splitter (WAI-ARIA): focusable, its value the preceding panel's percent, moved by
 * the arrow keys along the group, Home and End, or a pointer drag.
 */
export function SplitSeparator(props: Props): React.JSX.Element {
  const { orientation, index, sizes, limits, onChange, onEnd } = props;
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const drag = useSeparatorDrag(props);
  const range = separatorRange(sizes, limits, index);
  const state = drag.active ? 'active' : focus ? 'focus' : hover ? 'hover' : 'inactive';
  return (
    <div
      role="separator"
      className={props.className}
      aria-label={props.label}
      aria-orientation={orientation === 'horizontal' ? 'vertical' : 'horizontal'}
      aria-controls={props.controls}
      aria-valuenow={aria(range.now)}
      aria-valuemin={aria(range.min)}
      aria-valuemax={aria(range.max)}
      tabIndex={0}
      data-separator={state}
      style={STYLE}
      onFocus={() => setFocus(true)}
      onBlur={() => setFocus(false)}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
      onPointerDown={drag.onPointerDown}
      onPointerMove={drag.onPointerMove}
      onPointerUp={drag.onPointerUp}
      onPointerCancel={drag.onPointerCancel}
      onLostPointerCapture={drag.onLostPointerCapture}
      onKeyDown={(event) => {
        const next = resizeByKey(sizes, limits, index, event.key, orientation);
        if (next === undefined) return;
        event.preventDefault();
        if (sameSizes(next, sizes)) return;
        onChange(next);
        onEnd(next);
      }}
    />
  );
}
