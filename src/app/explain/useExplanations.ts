// The teach-back records of a case, live: re-read whenever the case doc changes (locally or by sync).
import type * as Y from 'yjs';
import { readExplanations, type ExplanationRecord } from '../../domain/explanations';
import { useCase } from '../hooks/useCase';
import { useDocReader } from '../hooks/useDocReader';

const EMPTY: readonly ExplanationRecord[] = [];

/** Records of an open case doc; pass the doc of a useCase handle you already have. */
export function useExplanationRecords(doc: Y.Doc | undefined): readonly ExplanationRecord[] {
  return useDocReader(doc, readExplanations, EMPTY);
}

/** Opens the case (or reuses its open handle) and gives its records. */
export function useExplanations(caseId: string): readonly ExplanationRecord[] {
  const { loaded } = useCase(caseId);
  return useExplanationRecords(loaded.status === 'ready' ? loaded.handle.doc : undefined);
}
