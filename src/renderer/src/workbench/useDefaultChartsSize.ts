import { useEffect, useState } from 'react';
import { defaultChartsSize } from './defaultChartsSize';

/**
 * The charts' default share of the split, following the window's height as it changes until
 * the analyst drags the divider (a window opened small and then enlarged gets the taller
 * default too).
 */
export function useDefaultChartsSize(chosen: number | undefined, hasCharts: boolean): number {
  const [size, setSize] = useState(() => defaultChartsSize(window.innerHeight));
  useEffect(() => {
    if (chosen !== undefined || !hasCharts) return;
    const follow = (): void => setSize(defaultChartsSize(window.innerHeight));
    follow();
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, [chosen, hasCharts]);
  return size;
}
