// The PIP being made, in the case document: the beschikking's fields and the living ontwikkelplan (basis op
// orde, agreements, the goal and its steps). Every field is a slot of the register (./register.ts), so two
// tablets apart that change the same thing both keep their words until the consultant chooses.
import type * as Y from 'yjs';
import {
  ACTOR_IDS,
  BASIS_STATUSES,
  BASIS_TOPICS,
  BESCHIKKING_RULES,
  STEP_KIND_IDS,
  type Actor,
  type BasisStatus,
  type StepKind,
} from '../../content/pip/plan';
import { DomainError } from '../errors';
import { readSlots, writeSlot, type SlotReading, type Write } from './register';
import type { Json } from './versioning';

export type { Write };

export interface BasisItem {
  status: BasisStatus;
  who: Actor;
  note?: string;
}

export interface Afspraak {
  id: string;
  what: string;
  who: Actor;
  /** By when (YYYY-MM-DD). */
  when?: string;
  /** The need it answers: an intake `pipField` (e.g. "needs.kinderopvang") or a basis topic. */
  need?: string;
  /** Made in a conversation without the partner: never shown where the partner is present. */
  private?: boolean;
}

export interface Step {
  id: string;
  kind: StepKind;
  what: string;
  when?: string;
}

/** What the beschikking holds beside the leerroute (issue 13, the legal minimum). */
export interface BeschikkingFields {
  /** Within the B1-route: whether afschalen to A2 applies. */
  afschalenA2: boolean;
  asielstatushouder: boolean;
  bijstand: boolean;
  /** Ontzorgen: how, and for how many months (at least six; asielstatushouders with bijstand only). */
  ontzorgen: { how: string; months: number } | null;
  /** Conditions such as kinderopvang. */
  voorwaarden: string;
  begeleiding: string;
  mapIntensity: string;
  pvtIntensity: string;
  /** For asielstatushouders: the intensity of the leerroute (e.g. hours a week). */
  routeIntensity: string;
  /** Voortgangsgesprekken: every so many months. */
  voortgangEveryMonths: number;
  vve: string;
}

export const EMPTY_BESCHIKKING: BeschikkingFields = {
  afschalenA2: false,
  asielstatushouder: false,
  bijstand: false,
  ontzorgen: null,
  voorwaarden: '',
  begeleiding: '',
  mapIntensity: '',
  pvtIntensity: '',
  routeIntensity: '',
  voortgangEveryMonths: 3,
  vve: '',
};

export interface Plan {
  beschikking: BeschikkingFields;
  basis: Partial<Record<string, BasisItem>>;
  afspraken: Afspraak[];
  goal: string;
  /** His goal in his own voice (a clip in src/domain/voice.ts). */
  goalVoice?: string;
  steps: Step[];
  /** Slots with values written apart that wait for the consultant's choice. */
  conflicts: SlotReading[];
  /** The entry ids of every slot as read: a form keeps them from when editing began (Write.replaces). */
  entries: Record<string, string[]>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const invalid = (what: string) => new DomainError('plan-invalid', what);
const checkDay = (when: string | undefined) => {
  if (when !== undefined && (!DAY.test(when) || Number.isNaN(Date.parse(when))))
    throw invalid('A day is written YYYY-MM-DD.');
};
const checkActor = (who: string) => {
  if (!ACTOR_IDS.includes(who as Actor)) throw invalid(`Unknown actor ${who}.`);
};
const strip = <T extends object>(o: T): Json => JSON.parse(JSON.stringify(o)) as Json;

export interface SetBasisInput extends Write {
  /** A basis topic id (BASIS_TOPICS), e.g. "income". */
  topic: string;
  item: BasisItem;
}

export const setBasis = (doc: Y.Doc, input: SetBasisInput): void => {
  const { topic, item } = input;
  if (!BASIS_TOPICS.some((t) => t.id === topic)) throw invalid(`Unknown basis topic ${topic}.`);
  if (!BASIS_STATUSES.includes(item.status)) throw invalid(`Unknown status ${item.status}.`);
  checkActor(item.who);
  const note = item.note?.trim();
  writeSlot(
    doc,
    `basis:${topic}`,
    strip({ status: item.status, who: item.who, ...(note ? { note } : {}) }),
    input,
  );
};

export interface SaveAfspraakInput extends Omit<Afspraak, 'id'>, Write {
  /** The agreement to change; a new agreement (with a random id) when absent. */
  id?: string;
}

/** Adds or changes an agreement; returns its id. */
export const saveAfspraak = (doc: Y.Doc, input: SaveAfspraakInput): string => {
  const { now, author, replaces, ...afspraak } = input;
  const what = afspraak.what.trim();
  if (!what) throw invalid('An agreement says what is done.');
  checkActor(afspraak.who);
  checkDay(afspraak.when);
  const id = afspraak.id ?? globalThis.crypto.randomUUID();
  writeSlot(doc, `afspraak:${id}`, strip({ ...afspraak, id, what }), { now, author, replaces });
  return id;
};

export interface RemoveAfspraakInput extends Write {
  id: string;
}

export const removeAfspraak = (doc: Y.Doc, input: RemoveAfspraakInput): void => {
  writeSlot(doc, `afspraak:${input.id}`, null, input);
};

export interface SetGoalInput extends Write {
  /** His goal in words (trimmed). */
  text: string;
}

export const setGoal = (doc: Y.Doc, input: SetGoalInput): void => {
  writeSlot(doc, 'goal', input.text.trim(), input);
};

export interface SetGoalVoiceInput extends Write {
  /** The id of a clip he recorded (src/domain/voice.ts); null takes the voice out of the plan. */
  clipId: string | null;
}

/** His goal said in his own voice: the id of a clip he recorded (src/domain/voice.ts). */
export const setGoalVoice = (doc: Y.Doc, input: SetGoalVoiceInput): void => {
  writeSlot(doc, 'goalVoice', input.clipId, input);
};

export interface SaveStepInput extends Omit<Step, 'id'>, Write {
  /** The step to change; a new step (with a random id) when absent. */
  id?: string;
}

/** Adds or changes a step towards his goal; returns its id. */
export const saveStep = (doc: Y.Doc, input: SaveStepInput): string => {
  const { now, author, replaces, ...step } = input;
  const what = step.what.trim();
  if (!what) throw invalid('A step says what he does.');
  if (!STEP_KIND_IDS.includes(step.kind)) throw invalid(`Unknown step kind ${step.kind}.`);
  checkDay(step.when);
  const id = step.id ?? globalThis.crypto.randomUUID();
  writeSlot(doc, `stap:${id}`, strip({ ...step, id, what }), { now, author, replaces });
  return id;
};

export interface RemoveStepInput extends Write {
  id: string;
}

export const removeStep = (doc: Y.Doc, input: RemoveStepInput): void => {
  writeSlot(doc, `stap:${input.id}`, null, input);
};

export interface SetBeschikkingInput<
  K extends keyof BeschikkingFields = keyof BeschikkingFields,
> extends Write {
  field: K;
  value: BeschikkingFields[K];
}

/** Sets one field of the beschikking; ontzorgen is checked against who it applies to and how long it lasts. */
export const setBeschikking = <K extends keyof BeschikkingFields>(
  doc: Y.Doc,
  input: SetBeschikkingInput<K>,
): void => {
  const { field, value } = input;
  if (!(field in EMPTY_BESCHIKKING)) throw invalid(`Unknown field ${String(field)}.`);
  if (field === 'ontzorgen' && value) {
    const current = readPlan(doc).beschikking;
    const ontzorgen = value as NonNullable<BeschikkingFields['ontzorgen']>;
    if (!current.asielstatushouder || !current.bijstand) {
      throw new DomainError(
        'ontzorgen-not-applicable',
        'Ontzorgen applies only to asielstatushouders with bijstand.',
      );
    }
    if (!(ontzorgen.months >= BESCHIKKING_RULES.ontzorgenMinMonths.value)) {
      throw new DomainError('ontzorgen-too-short', 'Ontzorgen lasts at least six months.');
    }
  }
  if (
    field === 'voortgangEveryMonths' &&
    !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12)
  ) {
    throw invalid('Voortgangsgesprekken every 1 to 12 months.');
  }
  writeSlot(doc, `beschikking:${String(field)}`, strip({ v: value }), input);
};

const byWhenThenId = <T extends { id: string; when?: string }>(a: T, b: T) =>
  (a.when ?? '9999').localeCompare(b.when ?? '9999') || a.id.localeCompare(b.id);

export const readPlan = (doc: Y.Doc): Plan => {
  const slots = readSlots(doc);
  const beschikking: BeschikkingFields = { ...EMPTY_BESCHIKKING };
  const basis: Plan['basis'] = {};
  const afspraken: Afspraak[] = [];
  const steps: Step[] = [];
  let goal = '';
  let goalVoice: string | undefined;
  for (const [slot, reading] of slots) {
    const colon = slot.indexOf(':');
    const kind = colon < 0 ? slot : slot.slice(0, colon);
    const key = slot.slice(colon + 1);
    const value = reading.value;
    if (
      kind === 'beschikking' &&
      key in beschikking &&
      value &&
      typeof value === 'object' &&
      'v' in value
    ) {
      (beschikking as unknown as Record<string, unknown>)[key] = (value as { v: unknown }).v;
    } else if (kind === 'basis' && value) basis[key] = value as unknown as BasisItem;
    else if (kind === 'afspraak' && value) {
      // Private stays private: if any wording written apart was private, the agreement is.
      const anyPrivate =
        (value as { private?: boolean }).private === true ||
        reading.conflicts.some((c) => (c.value as { private?: boolean } | null)?.private === true);
      afspraken.push({
        ...(value as unknown as Afspraak),
        ...(anyPrivate ? { private: true } : {}),
      });
    } else if (kind === 'stap' && value) steps.push(value as unknown as Step);
    else if (kind === 'goal' && typeof value === 'string') goal = value;
    else if (kind === 'goalVoice' && typeof value === 'string') goalVoice = value;
  }
  // Ontzorgen stays in the plan only where it applies (a later change of bijstand takes it out of the letter).
  if (!beschikking.asielstatushouder || !beschikking.bijstand) beschikking.ontzorgen = null;
  return {
    beschikking,
    basis,
    afspraken: afspraken.sort(byWhenThenId),
    goal,
    ...(goalVoice ? { goalVoice } : {}),
    steps: steps.sort(byWhenThenId),
    conflicts: [...slots.values()].filter((r) => r.conflicts.length > 0),
    entries: Object.fromEntries([...slots.values()].map((r) => [r.slot, r.entryIds])),
  };
};

export interface ChooseSlotValueInput extends Write {
  /** The slot in conflict (SlotReading.slot), e.g. "afspraak:<id>". */
  slot: string;
  /** The value she keeps: one of the slot's values as read. */
  value: Json;
}

/** The consultant settles a conflict by writing the value she keeps (it replaces every entry she now has). */
export const chooseSlotValue = (doc: Y.Doc, input: ChooseSlotValueInput): void => {
  writeSlot(doc, input.slot, input.value, input);
};

/** The agreements that may be on screen in a conversation: private ones never while the partner is present. */
export const agreementsFor = (
  afspraken: readonly Afspraak[],
  participants: { partner?: unknown },
): Afspraak[] => afspraken.filter((a) => !a.private || !participants.partner);
