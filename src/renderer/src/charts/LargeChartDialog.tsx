import type { ChartModel } from '../../../core/charts/types';
import { Dialog } from '../ui/Dialog';
import { ChartLegend } from './ChartLegend';
import { Plot } from './plots/Plot';
import { PlotKeyboard } from './PlotKeyboard';
import type { ChartTheme } from './theme/chartTheme';
import { useElementSize, useElementWidth } from './useElementWidth';

/** The plot's height in the large view: most of a laptop's window, never the whole of it. */
const LARGE_HEIGHT = 'min(60vh, 560px)';

/** One chart at the dialog's size, with the same keyboard as in the strip. */
export function LargeChartDialog(props: {
  readonly model: ChartModel;
  readonly theme: ChartTheme;
  readonly idPrefix: string;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { model, theme } = props;
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const [boxRef, boxHeight] = useElementHeight();
  const idPrefix = `${props.idPrefix}-large`;
  return (
    <Dialog
      title={model.title}
      titleId={`${idPrefix}-title`}
      className="chart-large-dialog"
      onClose={props.onClose}
    >
      <p className="chart-subtitle">{model.subtitle}</p>
      <ChartLegend entries={model.legend} theme={theme} idPrefix={idPrefix} />
      <div ref={boxRef} style={{ height: LARGE_HEIGHT }}>
        <PlotKeyboard model={model} plotRef={plotRef} height={boxHeight}>
          {width > 0 && boxHeight > 0 && (
            <Plot
              model={model}
              theme={theme}
              width={width}
              height={boxHeight}
              idPrefix={idPrefix}
            />
          )}
        </PlotKeyboard>
      </div>
      <p className="chart-source">{model.sourceLine}</p>
    </Dialog>
  );
}

function useElementHeight(): [React.RefObject<HTMLDivElement | null>, number] {
  const [ref, , height] = useElementSize<HTMLDivElement>();
  return [ref, height];
}
