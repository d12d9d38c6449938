// The capacity search of one server: start at START_CLIENTS, double while the server holds (propagation
// p99 ≤ the bound), halve while it does not, then bisect between the most it held and the fewest it did
// not, until that bracket is within RESOLUTION of the number held. Pure: load.bench.ts runs the steps.
import * as S from './settings';
import type { StepResult } from './step';

export interface Search {
  steps: StepResult[];
  /** The largest step held and the smallest step not held so far. */
  held?: StepResult;
  failed?: StepResult;
}

const wholeDocs = (n: number) => Math.round(n / S.CLIENTS_PER_DOC) * S.CLIENTS_PER_DOC;

/** The number of clients of the next step, or undefined when the search is done. */
export const nextClients = (s: Search): number | undefined => {
  if (s.steps.length === 0) return S.START_CLIENTS;
  const lo = s.held?.clients;
  const hi = s.failed?.clients;
  if (hi === undefined) return lo === undefined || lo >= S.MAX_CLIENTS ? undefined : Math.min(S.MAX_CLIENTS, lo * 2);
  if (lo === undefined) return hi <= S.MIN_CLIENTS ? undefined : Math.max(S.MIN_CLIENTS, wholeDocs(hi / 2));
  if (hi - lo <= Math.max(S.CLIENTS_PER_DOC, lo * S.RESOLUTION)) return undefined;
  const mid = wholeDocs((lo + hi) / 2);
  return mid > lo && mid < hi ? mid : undefined;
};

export const record = (s: Search, step: StepResult): void => {
  s.steps.push(step);
  if (step.held) {
    if (!s.held || step.clients > s.held.clients) s.held = step;
  } else if (!s.failed || step.clients < s.failed.clients) s.failed = step;
};
