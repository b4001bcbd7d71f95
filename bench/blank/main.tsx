// The baseline for start-up: the same stack (Vite + React 19) rendering one element, marked
// painted exactly as the app marks its first chart.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { markAfterNextPaint } from '../../src/renderer/src/perf/markAfterNextPaint';

function Blank(): React.JSX.Element {
  useEffect(() => markAfterNextPaint('blank/painted'), []);
  return <p>Blank page</p>;
}

createRoot(document.getElementById('root')!).render(<Blank />);
