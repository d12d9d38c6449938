// The audit view's entries for a filter: the newest page first, older pages added on request; a new filter (or
// `version`, after a deletion) starts again from the newest.
import { useCallback, useEffect, useState } from 'react';
import type { PrivacyAuditEntry } from '../../../protocol/privacy';
import { loadAuditPage, type AuditViewFilter } from './privacyApi';
import { failureCode } from './privacyModel';

export type AuditPages =
  | { status: 'loading' }
  | {
      status: 'ready';
      entries: PrivacyAuditEntry[];
      next: string | null;
      loadingMore: boolean;
      moreFailed?: string;
    }
  | { status: 'failed'; reason: string };

export const useAuditPages = (
  filter: AuditViewFilter,
  version: number,
): { state: AuditPages; loadMore(): Promise<void> } => {
  const [state, setState] = useState<AuditPages>({ status: 'loading' });
  const key = JSON.stringify(filter);
  useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    loadAuditPage(JSON.parse(key) as AuditViewFilter).then(
      (page) =>
        alive &&
        setState({ status: 'ready', entries: page.entries, next: page.next, loadingMore: false }),
      (error: unknown) => alive && setState({ status: 'failed', reason: failureCode(error) }),
    );
    return () => {
      alive = false;
    };
  }, [key, version]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.next || state.loadingMore) return;
    const before = state.next;
    setState({ ...state, loadingMore: true, moreFailed: undefined });
    try {
      const page = await loadAuditPage(JSON.parse(key) as AuditViewFilter, before);
      setState((s) =>
        s.status === 'ready' && s.next === before
          ? {
              status: 'ready',
              entries: [...s.entries, ...page.entries],
              next: page.next,
              loadingMore: false,
            }
          : s,
      );
    } catch (error) {
      setState((s) =>
        s.status === 'ready' ? { ...s, loadingMore: false, moreFailed: failureCode(error) } : s,
      );
    }
  }, [state, key]);

  return { state, loadMore };
};
