import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { MergedCase } from '../../../core/user/merge';

/**
 * Shows an added issue area once the merged case holds it (the save answers before that);
 * the caller passes the new area's id to the returned function.
 */
export function useShowAddedIssue(
  merged: MergedCase,
  onShowIssue: (issueId: string) => void,
): (issueId: string) => void {
  // The latest way to show an issue area: one added a moment ago is known only after the render.
  const showIssueRef = useRef(onShowIssue);
  useLayoutEffect(() => {
    showIssueRef.current = onShowIssue;
  }, [onShowIssue]);
  const pendingIssue = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = pendingIssue.current;
    if (id === undefined || !merged.case.issues.some((i) => i.id === id)) return;
    pendingIssue.current = undefined;
    showIssueRef.current(id);
  }, [merged]);
  return useCallback((issueId: string) => {
    pendingIssue.current = issueId;
  }, []);
}
