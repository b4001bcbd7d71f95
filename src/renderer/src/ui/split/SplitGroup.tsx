/**
 * Panels side by side or stacked, resized by the separators between them.
 *
 * Our own rather than react-resizable-panels: the first screen's JavaScript was 259 KB gzip
 * against a 250 KB target and the library 47 KB raw (about 13 KB gzip) of it, and its panels
 * sort themselves by offsetLeft/offsetWidth in the first commit, forcing the page's first layout
 * inside React's layout effects (130–170 ms in a Chromium trace). Two fixed splits need far
 * less: panels sized by CSS alone (flex-grow in percent), measured only when a drag starts.
 */
import { Fragment, useEffect, useRef, useState, type CSSProperties } from 'react';
import {
  fitSizes,
  sameSizes,
  type PanelLimits,
  type SplitOrientation,
} from '../../../../core/layout/splitSizes';
import { SplitSeparator } from './SplitSeparator';

export interface SplitPanel {
  /** The panel's element id (a separator names it in `aria-controls`); also its React key. */
  readonly id: string;
  readonly className: string;
  /** Limits in percent of the space the panels share. */
  readonly min?: number;
  readonly max?: number;
  readonly content: React.ReactNode;
}

interface Props {
  readonly orientation: SplitOrientation;
  readonly className: string;
  readonly panels: readonly SplitPanel[];
  /** The sizes wanted (percent); fitted to the limits, equal shares when they do not match. */
  readonly sizes: readonly number[] | undefined;
  readonly separatorClassName: string;
  /** The accessible name of the separator after panel `index`. */
  readonly separatorLabel: (index: number) => string;
  /** Every change, while dragging too. */
  readonly onResize?: (sizes: readonly number[]) => void;
  /** A resize the analyst made, once a drag or key press ends. */
  readonly onResizeEnd?: (sizes: readonly number[]) => void;
}

// The flex geometry each panel keeps: a share of the free space, never its content's size.
const PANEL_STYLE: CSSProperties = {
  display: 'flex',
  flexBasis: 0,
  flexShrink: 1,
  minWidth: 0,
  minHeight: 0,
  maxWidth: '100%',
  maxHeight: '100%',
  overflow: 'visible',
};

const contentStyle = (orientation: SplitOrientation): CSSProperties => ({
  flexGrow: 1,
  maxWidth: '100%',
  maxHeight: '100%',
  overflow: 'auto',
  // Scrolling across the split stays the browser's; along it, the separator owns the pointer.
  touchAction: orientation === 'horizontal' ? 'pan-y' : 'pan-x',
});

const groupStyle = (orientation: SplitOrientation): CSSProperties => ({
  display: 'flex',
  flexDirection: orientation === 'horizontal' ? 'row' : 'column',
  flexWrap: 'nowrap',
  width: '100%',
  height: '100%',
  overflow: 'hidden',
  touchAction: orientation === 'horizontal' ? 'pan-y' : 'pan-x',
});

/** A split of panels given as data; the sizes shown follow `sizes` whenever those change. */
export function SplitGroup(props: Props): React.JSX.Element {
  const { orientation, panels, onResize, onResizeEnd } = props;
  const groupRef = useRef<HTMLDivElement>(null);
  const limits: PanelLimits[] = panels.map((p) => ({ min: p.min ?? 0, max: p.max ?? 100 }));
  const wanted = fitSizes(props.sizes, limits);
  // Sizes while the analyst resizes, until the wanted ones change (a saved size, a new panel).
  const [live, setLive] = useState({ from: wanted, sizes: wanted });
  const sizes = sameSizes(live.from, wanted) ? live.sizes : wanted;
  const change = (next: readonly number[]): void => {
    setLive({ from: wanted, sizes: [...next] });
    onResize?.(next);
  };
  // Sizes given past a limit are shown fitted; whoever follows the sizes is told so.
  const misfit = props.sizes !== undefined && !sameSizes(props.sizes, wanted);
  useEffect(() => {
    if (misfit) onResize?.(wanted);
  });
  const content = contentStyle(orientation);
  return (
    <div ref={groupRef} className={props.className} data-group style={groupStyle(orientation)}>
      {panels.map((panel, i) => (
        <Fragment key={panel.id}>
          {i > 0 && (
            <SplitSeparator
              groupRef={groupRef}
              orientation={orientation}
              index={i - 1}
              sizes={sizes}
              limits={limits}
              controls={panels[i - 1]!.id}
              label={props.separatorLabel(i - 1)}
              className={props.separatorClassName}
              onChange={change}
              onEnd={(next) => onResizeEnd?.(next)}
            />
          )}
          <div id={panel.id} data-panel style={{ ...PANEL_STYLE, flexGrow: sizes[i] }}>
            <div className={panel.className} style={content}>
              {panel.content}
            </div>
          </div>
        </Fragment>
      ))}
    </div>
  );
}
