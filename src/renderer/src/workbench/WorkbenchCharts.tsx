import { memo } from 'react';
import type { Case, Period } from '../../../core/case/schema';
import type { UserLayerState } from '../../../core/user/schema';
import { ChartsStrip } from '../charts/ChartsStrip';
import { FigureMemoryProvider } from '../charts/figureMemory';

// The charts re-render only when their own props change, not on every workbench update.
const SideCharts = memo(ChartsStrip);

/** The charts of the issue on screen, each remembering the texts of its figure. */
export function WorkbenchCharts(props: {
  readonly kase: Case;
  readonly user: UserLayerState;
  readonly onUserChange: (user: UserLayerState) => void;
  readonly issueId: string;
  readonly periods: readonly Period[];
}): React.JSX.Element {
  const { kase } = props;
  return (
    <FigureMemoryProvider
      caseId={kase.id}
      entries={props.user.layer.figureTexts}
      onUserChange={props.onUserChange}
    >
      <SideCharts kase={kase} issueId={props.issueId} periods={props.periods} />
    </FigureMemoryProvider>
  );
}
