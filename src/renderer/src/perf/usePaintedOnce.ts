import { useEffect, useState } from 'react';
import { afterNextPaint } from './markAfterNextPaint';

/**
 * False until the frame holding this component's first commit has been painted, true after:
 * for what the first screen should not wait for (the note editor loads once the comparison and
 * its first chart are on display).
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
