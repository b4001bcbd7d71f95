/**
 * Where a chart's export dialog finds the header and footer the analyst last gave its figure,
 * and remembers new ones: the user layer's `figureTexts`, saved through `saveFigureText`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { FigureTextEntry, FigureTextInput } from '../../../core/user/figureText';
import type { UserLayerState } from '../../../core/user/schema';
import { getApi } from '../api/getApi';

export interface FigureMemory {
  readonly entries: readonly FigureTextEntry[];
  /** Remembers `input` for the measure's figure, or forgets it (`null`); rejects on failure. */
  readonly save: (measure: string, input: FigureTextInput | null) => Promise<void>;
}

const FigureMemoryContext = createContext<FigureMemory | null>(null);
const NONE: readonly FigureTextEntry[] = [];

export function FigureMemoryProvider(props: {
  readonly caseId: string;
  readonly entries: readonly FigureTextEntry[] | undefined;
  readonly onUserChange: (user: UserLayerState) => void;
  readonly children: ReactNode;
}): React.JSX.Element {
  const { caseId, entries, onUserChange } = props;
  const value = useMemo<FigureMemory>(
    () => ({
      entries: entries ?? NONE,
      save: async (measure, input) => {
        onUserChange(await getApi().saveFigureText(caseId, measure, input));
      },
    }),
    [caseId, entries, onUserChange],
  );
  return (
    <FigureMemoryContext.Provider value={value}>{props.children}</FigureMemoryContext.Provider>
  );
}

/** The figure memory of the open case; null outside a workbench (the figure is not kept). */
export function useFigureMemory(): FigureMemory | null {
  return useContext(FigureMemoryContext);
}
