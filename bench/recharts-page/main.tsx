// The second start-up baseline: the smallest React + Recharts page drawing one chart, so the
// app's ratio to it is Diptych's own cost, apart from what Recharts costs.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { markAfterNextPaint } from '../../src/renderer/src/perf/markAfterNextPaint';

const DATA = [2017, 2018, 2019, 2020, 2021, 2025].map((year, i) => ({
  year: String(year),
  value: 400 + 60 * i,
}));

function FirstChart(): React.JSX.Element {
  useEffect(() => {
    // Recharts draws its line after its own first commit: wait until the path is there.
    const tick = (): void => {
      if (document.querySelector('.recharts-line-curve')) markAfterNextPaint('recharts/painted');
      else requestAnimationFrame(tick);
    };
    tick();
  }, []);
  return (
    <LineChart width={640} height={280} data={DATA}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis />
      <Tooltip />
      <Line dataKey="value" isAnimationActive={false} />
    </LineChart>
  );
}

createRoot(document.getElementById('root')!).render(<FirstChart />);
