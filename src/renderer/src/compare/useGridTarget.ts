import { useEffect, useLayoutEffect } from 'react';
import type { GridTarget } from './ComparisonGrid';
import { reveal } from './gridNavigation';

interface GridTargetArgs {
  readonly scrollRef: React.RefObject<HTMLDivElement | null>;
  readonly issueId: string;
  readonly target: GridTarget | undefined;
  /**
   * Rows are drawn as they scroll into view (their code loaded with the first such issue area):
   * the target is looked for longer, while its row is scrolled to and drawn.
   */
  readonly virtual: boolean;
  readonly onTargetShown: () => void;
}

/**
 * Where the grid scrolls to: a new issue area starts at its top, unless the analyst is being taken
 * to a claim or a row, which is brought into view (and focused when asked) once it is drawn.
 */
export function useGridTarget(args: GridTargetArgs): void {
  const { scrollRef, issueId, target, virtual, onTargetShown } = args;

  useLayoutEffect(() => {
    if (!target && scrollRef.current) scrollRef.current.scrollTop = 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the issue area changes
  }, [issueId]);

  useEffect(() => {
    if (!target || target.issue !== issueId) return;
    const patience = virtual ? 60 : 10;
    let tries = 0;
    let frame = requestAnimationFrame(function find() {
      const scroller = scrollRef.current;
      const selector = target.claimId
        ? `[data-claim-id="${CSS.escape(target.claimId)}"]`
        : `[data-row-head="${CSS.escape(target.dimension)}"]`;
      const element = scroller?.querySelector<HTMLElement>(selector);
      if (!element && tries++ < patience) {
        frame = requestAnimationFrame(find);
        return;
      }
      if (element) {
        if (target.focus) element.focus({ preventScroll: true });
        reveal(element, target.claimId ? 'center' : 'start');
      }
      onTargetShown();
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, target, issueId, virtual, onTargetShown]);
}
