/**
 * The workspace settings as the renderer holds them: changed at once on screen, written to disk
 * in batches (a change is rarely alone: dragging a pane separator makes many) and flushed when
 * the window closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseLayout, Settings, SettingsRead } from '../../../core/settings/schema';
import { getApi } from '../api/getApi';
import { registerFlusher } from '../lifecycle/flush';

const WRITE_DELAY_MS = 400;

export interface SettingsNotice {
  readonly kind: 'broken' | 'kept-aside' | 'save-failed';
  readonly text: string;
}

export interface SettingsHandle {
  readonly settings: Settings;
  readonly update: (change: (current: Settings) => Settings) => void;
  readonly updateCase: (caseId: string, change: (layout: CaseLayout) => CaseLayout) => void;
  /** Something the user should know about the settings file, shown once until dismissed. */
  readonly notice: SettingsNotice | undefined;
  readonly dismissNotice: () => void;
}

export function useSettings(initial: SettingsRead): SettingsHandle {
  const [settings, setSettings] = useState(initial.settings);
  const [notice, setNotice] = useState<SettingsNotice | undefined>(() =>
    initial.status === 'broken'
      ? {
          kind: 'broken',
          text: `The layout settings file ${initial.file} could not be read: ${initial.message}. The default layout is in use; the file is left as it is, and kept aside (never overwritten) when you next change the layout.`,
        }
      : undefined,
  );
  const pending = useRef<Settings | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  const write = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (!next) return;
    pending.current = undefined;
    try {
      const written = await getApi().writeSettings(next);
      if (written.keptAs) {
        setNotice({
          kind: 'kept-aside',
          text: `The unreadable settings file was kept as ${written.keptAs}; your layout is saved again.`,
        });
      }
    } catch (error) {
      setNotice({
        kind: 'save-failed',
        text: `The layout could not be saved: ${(error as Error).message}`,
      });
    }
  }, []);

  useEffect(() => {
    const unregister = registerFlusher(write);
    return () => {
      unregister();
      void write();
    };
  }, [write]);

  const update = useCallback(
    (change: (current: Settings) => Settings) => {
      setSettings((current) => {
        const next = change(current);
        if (next === current) return current;
        pending.current = next;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void write(), WRITE_DELAY_MS);
        return next;
      });
    },
    [write],
  );

  const updateCase = useCallback(
    (caseId: string, change: (layout: CaseLayout) => CaseLayout) => {
      update((current) => {
        const layout = current.cases[caseId] ?? {};
        const next = change(layout);
        if (next === layout) return current;
        return { ...current, cases: { ...current.cases, [caseId]: next } };
      });
    },
    [update],
  );

  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return { settings, update, updateCase, notice, dismissNotice };
}
