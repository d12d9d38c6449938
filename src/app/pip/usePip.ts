// Live readings of the PIP in a case doc for the PIP screens: the plan being made and its versions.
import type * as Y from 'yjs';
import { EMPTY_BESCHIKKING, readPlan, type Plan } from '../../domain/pip/plan';
import { readVersions, type PipVersion } from '../../domain/pip/versions';
import { readLeerroute, type LeerrouteState } from '../../domain/pip/leerroute';
import { useDocReader } from '../hooks/useDocReader';

const EMPTY_PLAN: Plan = {
  beschikking: EMPTY_BESCHIKKING,
  basis: {},
  afspraken: [],
  goal: '',
  steps: [],
  conflicts: [],
  entries: {},
};
const NO_VERSIONS: PipVersion[] = [];
const NO_ROUTE: LeerrouteState = { tests: [], decisions: [] };

export const usePlan = (doc: Y.Doc | undefined): Plan => useDocReader(doc, readPlan, EMPTY_PLAN);
export const useVersions = (doc: Y.Doc | undefined): PipVersion[] =>
  useDocReader(doc, readVersions, NO_VERSIONS);
export const useLeerroute = (doc: Y.Doc | undefined): LeerrouteState =>
  useDocReader(doc, readLeerroute, NO_ROUTE);

/** Today as YYYY-MM-DD, for date fields. */
export const today = () => new Date().toISOString().slice(0, 10);
export const writeNow = () => ({ now: new Date().toISOString() });
