// The baseline for start-up: the same stack (Vite + React 19) rendering one element.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Blank(): React.JSX.Element {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('blank/painted'));
  }, []);
  return <p>Blank page</p>;
}

createRoot(document.getElementById('root')!).render(<Blank />);
