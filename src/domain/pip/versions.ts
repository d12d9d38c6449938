// Vaststellen: the plan becomes an immutable version — its content as canonical JSON, the SHA-256 of it, the
// day, who took part and both signatures. Versions are an append-only list; later versions follow a
// voortgangsgesprek or a change the law names (schakelen, afschalen, a move), and any two can be compared.
import type * as Y from 'yjs';
import { BESCHIKKING_RULES, type VersionReason } from '../../content/pip/plan';
import { DomainError } from '../errors';
import { LOCAL_ORIGIN } from '../schema';
import { termijnEnd } from '../rules';
import type { AnswerAuthor, CaseSnapshot } from '../types';
import { readLeerroute } from './leerroute';
import { readPlan, type Plan } from './plan';
import { canonicalJson, compareVersions, contentHash, type Change, type Json } from './versioning';

export interface PipParticipants {
  consultant: string;
  inburgeraar: string;
  tolk?: string;
  partner?: boolean;
}

export interface PipVersion {
  id: string;
  at: string;
  reason: VersionReason;
  participants: PipParticipants;
  /** Each signature as an SVG path drawn on the tablet. */
  signatures: { consultant: string; inburgeraar: string };
  /** The plan as canonical JSON (see PipContent). */
  content: string;
  /** SHA-256 of `content`, hex. */
  hash: string;
  author?: AnswerAuthor;
}

/** What a version holds; the print and the compare screen read it back from `content`. */
export interface PipContent {
  person: { name: string; language: string };
  leerroute: { route: string; advised: string; why?: string };
  leerbaarheidstoets: { date: string; result: string } | null;
  beschikking: Plan['beschikking'];
  term: { start: string; end: string };
  basis: Plan['basis'];
  afspraken: Record<string, Plan['afspraken'][number]>;
  goal: string;
  /** His goal in his voice: a clip of the case, which is never changed once recorded. */
  goalVoice?: string;
  steps: Record<string, Plan['steps'][number]>;
}

export const pipVersionsArray = (doc: Y.Doc) => doc.getArray<PipVersion>('pipVersions');

const isVersion = (v: unknown): v is PipVersion =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as PipVersion).content === 'string' &&
  typeof (v as PipVersion).hash === 'string';

/** Oldest first, by the moment it was vastgesteld then id: version 1 is the first everywhere. */
export const readVersions = (doc: Y.Doc): PipVersion[] =>
  pipVersionsArray(doc)
    .toArray()
    .filter(isVersion)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

export const parseContent = (version: PipVersion): PipContent =>
  JSON.parse(version.content) as PipContent;

/** The day the PIP was first vastgesteld: the inburgeringstermijn counts from it, later versions keep it. */
export const pipVastgesteldAt = (versions: readonly PipVersion[]): string | undefined =>
  versions[0]?.at;

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (iso: string) => iso.slice(0, 10);
const addMonths = (iso: string, months: number) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

/** The plan's content as it would be vastgesteld now. */
export const planContent = (
  doc: Y.Doc,
  snapshot: CaseSnapshot,
  now: string,
): PipContent | undefined => contentOf(readParts(doc), snapshot, now);

/** What a version is made from, read from the document once. */
interface PlanParts {
  leerroute: ReturnType<typeof readLeerroute>;
  plan: Plan;
  versions: PipVersion[];
}

const readParts = (doc: Y.Doc): PlanParts => ({
  leerroute: readLeerroute(doc),
  plan: readPlan(doc),
  versions: readVersions(doc),
});

const contentOf = (
  { leerroute, plan, versions }: PlanParts,
  snapshot: CaseSnapshot,
  now: string,
): PipContent | undefined => {
  if (!leerroute.current) return undefined;
  const first = pipVastgesteldAt(versions) ?? now;
  return {
    person: { name: snapshot.profile.name, language: snapshot.profile.language },
    leerroute: {
      route: leerroute.current.route,
      advised: leerroute.current.advised,
      ...(leerroute.current.why ? { why: leerroute.current.why } : {}),
    },
    leerbaarheidstoets: leerroute.latestTest
      ? { date: leerroute.latestTest.date, result: leerroute.latestTest.result }
      : null,
    // Afschalen to A2 exists only within the B1-route.
    beschikking: {
      ...plan.beschikking,
      afschalenA2: leerroute.current.route === 'b1' && plan.beschikking.afschalenA2,
    },
    term: {
      start: dayOf(new Date(Date.parse(first) + DAY_MS).toISOString()),
      end: dayOf(termijnEnd(first)),
    },
    basis: plan.basis,
    afspraken: Object.fromEntries(plan.afspraken.map((a) => [a.id, a])),
    goal: plan.goal,
    ...(plan.goalVoice ? { goalVoice: plan.goalVoice } : {}),
    steps: Object.fromEntries(plan.steps.map((s) => [s.id, s])),
  };
};

export type VaststellenProblem =
  | 'no-leerroute'
  | 'open-conflicts'
  | 'signature-consultant'
  | 'signature-inburgeraar'
  | 'reason-schakelen'
  | 'reason-afschalen'
  | 'verhuizing-same-route'
  | 'schakelen-too-late'
  | 'reason-needed'
  | 'reason-mismatch'
  | 'nothing-changed';

/** What still stands between the plan and a new version; empty when it may be vastgesteld. */
export const vaststellenProblems = (
  doc: Y.Doc,
  input: {
    snapshot: CaseSnapshot;
    now: string;
    reason: VersionReason;
    signatures: Partial<PipVersion['signatures']>;
  },
): VaststellenProblem[] => {
  const problems: VaststellenProblem[] = [];
  const parts = readParts(doc);
  const content = contentOf(parts, input.snapshot, input.now);
  if (!content) problems.push('no-leerroute');
  if (parts.plan.conflicts.length > 0) problems.push('open-conflicts');
  if (!input.signatures.consultant) problems.push('signature-consultant');
  if (!input.signatures.inburgeraar) problems.push('signature-inburgeraar');
  const previous = parts.versions.at(-1);
  if (content && previous) {
    const before = parseContent(previous);
    const routeChanged = before.leerroute.route !== content.leerroute.route;
    if (routeChanged && input.reason === 'verhuizing') problems.push('verhuizing-same-route');
    else if (routeChanged && input.reason !== 'schakelen') problems.push('reason-schakelen');
    if (
      routeChanged &&
      Date.parse(input.now) >
        Date.parse(
          addMonths(
            `${before.term.start}T00:00:00.000Z`,
            BESCHIKKING_RULES.schakelenWithinMonths.value,
          ),
        )
    ) {
      problems.push('schakelen-too-late');
    }
    const afschalen = !before.beschikking.afschalenA2 && content.beschikking.afschalenA2;
    if (afschalen && input.reason !== 'afschalen') problems.push('reason-afschalen');
    if (input.reason === 'first') problems.push('reason-needed');
    // A reason the law names must be the change that was made.
    if (
      (input.reason === 'schakelen' && !routeChanged) ||
      (input.reason === 'afschalen' && !afschalen)
    )
      problems.push('reason-mismatch');
    if (
      input.reason !== 'verhuizing' &&
      canonicalJson(content as unknown as Json) === previous.content
    )
      problems.push('nothing-changed');
  }
  return problems;
};

/** Makes the plan a new vastgesteld version; refuses while anything in `vaststellenProblems` stands. */
export const vaststellen = async (
  doc: Y.Doc,
  input: {
    snapshot: CaseSnapshot;
    now: string;
    reason: VersionReason;
    participants: PipParticipants;
    signatures: PipVersion['signatures'];
    author?: AnswerAuthor;
    id?: string;
  },
): Promise<PipVersion> => {
  const problems = vaststellenProblems(doc, input);
  if (problems.length > 0) {
    const code = problems.includes('schakelen-too-late')
      ? 'schakelen-too-late'
      : problems.some((p) => p.startsWith('reason-') || p === 'verhuizing-same-route')
        ? 'version-reason-required'
        : problems.includes('reason-needed') || problems.includes('reason-mismatch')
          ? 'version-reason-required'
          : 'vaststellen-incomplete';
    throw new DomainError(code, `The plan cannot be vastgesteld yet: ${problems.join(', ')}.`);
  }
  const content = planContent(doc, input.snapshot, input.now)!;
  const signed = {
    at: input.now,
    reason: readVersions(doc).length === 0 ? ('first' as const) : input.reason,
    participants: input.participants,
    signatures: input.signatures,
    content: canonicalJson(content as unknown as Json),
  };
  const version: PipVersion = {
    id: input.id ?? globalThis.crypto.randomUUID(),
    ...signed,
    hash: await signedHash(signed),
    ...(input.author ? { author: input.author } : {}),
  };
  doc.transact(() => pipVersionsArray(doc).push([version]), LOCAL_ORIGIN);
  return version;
};

/** What the hash covers: the plan's content and the day, reason, who took part and both signatures. */
const signedHash = (
  v: Pick<PipVersion, 'at' | 'reason' | 'participants' | 'signatures' | 'content'>,
): Promise<string> =>
  contentHash({
    at: v.at,
    reason: v.reason,
    participants: v.participants as unknown as Json,
    signatures: v.signatures,
    content: JSON.parse(v.content) as Json,
  });

/** True when the stored version still has the hash it was signed with (content, day, people, signatures). */
export const verifyVersion = async (version: PipVersion): Promise<boolean> =>
  (await signedHash(version)) === version.hash;

export const compareStoredVersions = (before: PipVersion, after: PipVersion): Change[] =>
  compareVersions(JSON.parse(before.content) as Json, JSON.parse(after.content) as Json);
