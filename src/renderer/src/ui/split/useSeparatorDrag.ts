import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import {
  resizeByDelta,
  sameSizes,
  type PanelLimits,
  type SplitOrientation,
} from '../../../../core/layout/splitSizes';

/** What a separator knows of its group: enough to resize it by a drag or a key. */
export interface SeparatorOptions {
  readonly groupRef: RefObject<HTMLDivElement | null>;
  /** The group's orientation; the separator's own runs across it. */
  readonly orientation: SplitOrientation;
  /** The separator sits after panel `index`. */
  readonly index: number;
  readonly sizes: readonly number[];
  readonly limits: readonly PanelLimits[];
  /** Every change, while dragging too. */
  readonly onChange: (sizes: readonly number[]) => void;
  /** A resize that ended (pointer released, key pressed). */
  readonly onEnd: (sizes: readonly number[]) => void;
}

interface Drag {
  readonly pointerId: number;
  readonly from: number;
  /** The pixels the panels share, measured once when the drag starts. */
  readonly span: number;
  readonly start: readonly number[];
  last: readonly number[];
}

export interface SeparatorDrag {
  readonly active: boolean;
  readonly onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onPointerMove: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onPointerUp: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onPointerCancel: (event: PointerEvent<HTMLDivElement>) => void;
  readonly onLostPointerCapture: (event: PointerEvent<HTMLDivElement>) => void;
}

/** The space the group's panels share along its axis (its separators left out), in pixels. */
function panelSpan(group: HTMLDivElement, orientation: SplitOrientation): number {
  let span = 0;
  for (const child of group.children) {
    if (!(child instanceof HTMLElement) || !child.hasAttribute('data-panel')) continue;
    const rect = child.getBoundingClientRect();
    span += orientation === 'horizontal' ? rect.width : rect.height;
  }
  return span;
}

/**
 * A separator dragged by a pointer: the pointer is captured on press, so the drag goes on
 * outside the separator, and each move resizes from the sizes the drag started with.
 */
export function useSeparatorDrag(options: SeparatorOptions): SeparatorDrag {
  const drag = useRef<Drag | null>(null);
  const [active, setActive] = useState(false);
  const along = (event: PointerEvent): number =>
    options.orientation === 'horizontal' ? event.clientX : event.clientY;

  const finish = (event: PointerEvent<HTMLDivElement>, keep: boolean): void => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    drag.current = null;
    setActive(false);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    if (!keep) options.onChange(current.start);
    else if (!sameSizes(current.last, current.start)) options.onEnd(current.last);
  };

  return {
    active,
    onPointerDown: (event) => {
      const group = options.groupRef.current;
      if (event.button !== 0 || !group || drag.current) return;
      // No text selection while dragging; the separator still takes focus from the keyboard.
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      const span = panelSpan(group, options.orientation);
      if (span <= 0) return;
      const start = [...options.sizes];
      drag.current = { pointerId: event.pointerId, from: along(event), span, start, last: start };
      setActive(true);
    },
    onPointerMove: (event) => {
      const current = drag.current;
      if (current?.pointerId !== event.pointerId) return;
      const delta = ((along(event) - current.from) / current.span) * 100;
      const next = resizeByDelta(current.start, options.limits, options.index, delta);
      if (sameSizes(next, current.last)) return;
      current.last = next;
      options.onChange(next);
    },
    onPointerUp: (event) => finish(event, true),
    onPointerCancel: (event) => finish(event, false),
    // Capture taken away (the separator left the page): keep what the drag reached.
    onLostPointerCapture: (event) => finish(event, true),
  };
}
