/** The issue area on screen, remembered per case; switching it leaves the performance marks. */
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Case, Issue } from '../../../core/case/schema';
import { markIssueSwitchStart } from '../compare/perfMarks';
import type { SettingsHandle } from './useSettings';

export interface CurrentIssue {
  readonly issue: Issue;
  /** Follows `issue` in a second, interruptible render, for the side panels: the panes paint first. */
  readonly sideIssueId: string;
  /** Stable across switches, so what it is passed to need not re-render. */
  readonly select: (issueId: string) => void;
  readonly step: (direction: 1 | -1) => string | undefined;
}

export function useIssue(kase: Case, settings: SettingsHandle): CurrentIssue {
  const { updateCase } = settings;
  const remembered = settings.settings.cases[kase.id]?.issue;
  const [issueId, setIssueId] = useState(() =>
    kase.issues.some((i) => i.id === remembered) ? remembered! : kase.issues[0]!.id,
  );
  const issue = kase.issues.find((i) => i.id === issueId) ?? kase.issues[0]!;
  const shown = useRef(issueId);
  useEffect(() => {
    shown.current = issueId;
  }, [issueId]);

  const select = useCallback(
    (id: string) => {
      if (id === shown.current || !kase.issues.some((i) => i.id === id)) return;
      shown.current = id;
      markIssueSwitchStart();
      setIssueId(id);
      updateCase(kase.id, (l) => (l.issue === id ? l : { ...l, issue: id }));
    },
    [kase, updateCase],
  );

  const step = useCallback(
    (direction: 1 | -1): string | undefined => {
      const at = kase.issues.findIndex((i) => i.id === shown.current);
      const next = kase.issues[(at + direction + kase.issues.length) % kase.issues.length];
      if (next) select(next.id);
      return next?.id;
    },
    [kase.issues, select],
  );

  return { issue, sideIssueId: useDeferredValue(issue.id), select, step };
}
