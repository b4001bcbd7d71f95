/**
 * The text and size of a chart's figure as the export dialog edits them: the case's own text
 * with the analyst's remembered edits laid over it, each change remembered shortly after it is
 * made (and at once before a file is written or the dialog closes), and a reset to the case's
 * text. Only fields that differ from the case's are kept, so the rest follow the case.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import type { ChartModel } from '../../../core/charts/types';
import type { FigureTextInput, FigureTextOverrides } from '../../../core/user/figureText';
import { caseFigureText, type FigureText } from '../figures';
import { registerFlusher } from '../lifecycle/flush';
import type { FigureChoice } from './FigureOptions';
import { useFigureMemory } from './figureMemory';

const DEFAULT_CHOICE: FigureChoice = {
  preset: 'double',
  custom: { unit: 'px', width: 800 },
  theme: 'light',
  raster: { kind: 'scale', value: 2 },
};

/** A pause in typing long enough to count as an edit made. */
const SAVE_AFTER_MS = 500;

const FIELDS = ['title', 'subtitle', 'notes', 'sourceLine', 'altText'] as const;

function overridesOf(text: FigureText, base: FigureText): FigureTextOverrides {
  const out: Record<string, string> = {};
  for (const field of FIELDS) if (text[field] !== base[field]) out[field] = text[field];
  return out;
}

export interface RememberedFigure {
  readonly text: FigureText;
  readonly setText: (next: FigureText) => void;
  readonly choice: FigureChoice;
  readonly setChoice: (next: FigureChoice) => void;
  /** Whether any field differs from the case's text. */
  readonly edited: boolean;
  /** Puts the case's text back (size and theme stay) and remembers that. */
  readonly reset: () => void;
  /** Remembers what is pending now; resolves to false when that failed. */
  readonly flush: () => Promise<boolean>;
  /** Why the last save failed, or null. */
  readonly saveError: string | null;
}

export function useRememberedFigure(kase: Case, model: ChartModel): RememberedFigure {
  const memory = useFigureMemory();
  const base = useMemo(() => caseFigureText(kase, model), [kase, model]);
  // Read once, when the dialog opens: later saves come back through the same entry.
  const [entry] = useState(() => memory?.entries.find((e) => e.measure === model.measureId));
  const [overrides, setOverrides] = useState<FigureTextOverrides>(entry?.text ?? {});
  const [choice, setChoiceState] = useState<FigureChoice>({
    ...DEFAULT_CHOICE,
    ...(entry?.preset && { preset: entry.preset }),
    ...(entry?.theme && { theme: entry.theme }),
  });
  const [saveError, setSaveError] = useState<string | null>(null);
  const text = useMemo<FigureText>(() => ({ ...base, ...overrides }), [base, overrides]);
  const pending = useRef<FigureTextInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const input = pending.current;
    if (!input || !memory) return true;
    pending.current = null;
    try {
      await memory.save(model.measureId, input);
      setSaveError(null);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setSaveError(`The figure's text could not be remembered: ${reason}`);
      return false;
    }
  }, [memory, model.measureId]);

  const remember = useCallback(
    (nextOverrides: FigureTextOverrides, nextChoice: FigureChoice) => {
      pending.current = {
        text: nextOverrides,
        preset: nextChoice.preset,
        theme: nextChoice.theme,
      };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  // Pending edits are saved when the dialog closes and before the window does.
  useEffect(() => {
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const setText = (next: FigureText): void => {
    const nextOverrides = overridesOf(next, base);
    setOverrides(nextOverrides);
    remember(nextOverrides, choice);
  };
  const setChoice = (next: FigureChoice): void => {
    setChoiceState(next);
    if (next.preset !== choice.preset || next.theme !== choice.theme) remember(overrides, next);
  };
  const reset = (): void => {
    setOverrides({});
    remember({}, choice);
    void flush();
  };

  return {
    text,
    setText,
    choice,
    setChoice,
    edited: Object.keys(overrides).length > 0,
    reset,
    flush,
    saveError,
  };
}
