import { useEffect, type RefObject } from 'react';
import type { GroupImperativeHandle } from 'react-resizable-panels';
import { defaultChartsSize } from './defaultChartsSize';

/** The split of grid and charts at its default, as the layout's map of panel id to percent. */
export function defaultChartsLayout(windowHeight: number): Record<string, number> {
  const size = defaultChartsSize(windowHeight);
  return { 'main-compare': 100 - size, 'main-charts': size };
}

/**
 * Until the analyst drags the divider, the split follows the window's height as it changes
 * (a window opened small and then enlarged gets the taller default too).
 */
export function useDefaultChartsLayout(
  group: RefObject<GroupImperativeHandle | null>,
  chosen: number | undefined,
  hasCharts: boolean,
): void {
  useEffect(() => {
    if (chosen !== undefined || !hasCharts) return;
    const follow = (): void => {
      group.current?.setLayout(defaultChartsLayout(window.innerHeight));
    };
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, [group, chosen, hasCharts]);
}
