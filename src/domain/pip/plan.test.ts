// The plan builder's commands: checked input, ontzorgen only where the law gives it, agreements kept apart.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  agreementsFor,
  readPlan,
  removeAfspraak,
  saveAfspraak,
  saveStep,
  setBasis,
  setBeschikking,
  setGoal,
} from './plan';

const w = (minute: number) => ({ now: `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z` });

describe('the plan builder', () => {
  it('keeps basis op orde per topic with status and who acts', () => {
    const doc = new Y.Doc();
    setBasis(doc, {
      topic: 'income',
      item: { status: 'busy', who: 'gemeente', note: ' bijstand aangevraagd ' },
      ...w(1),
    });
    setBasis(doc, { topic: 'kinderopvang', item: { status: 'todo', who: 'wijkteam' }, ...w(2) });
    expect(readPlan(doc).basis).toEqual({
      income: { status: 'busy', who: 'gemeente', note: 'bijstand aangevraagd' },
      kinderopvang: { status: 'todo', who: 'wijkteam' },
    });
    expect(() =>
      setBasis(doc, { topic: 'holidays', item: { status: 'ok', who: 'gemeente' }, ...w(3) }),
    ).toThrowError(expect.objectContaining({ code: 'plan-invalid' }));
    expect(() =>
      setBasis(doc, { topic: 'income', item: { status: 'ok', who: 'buurman' as never }, ...w(3) }),
    ).toThrowError(expect.objectContaining({ code: 'plan-invalid' }));
    expect(readPlan(doc).basis.income?.status).toBe('busy');
  });

  it('orders agreements by when, keeps private ones marked, and takes one out only when asked', () => {
    const doc = new Y.Doc();
    const late = saveAfspraak(doc, {
      what: 'Taalcoach zoeken',
      who: 'vluchtelingenwerk',
      when: '2027-02-01',
      need: 'needs.taalcoach',
      ...w(1),
    });
    const soon = saveAfspraak(doc, {
      what: 'Kinderopvang aanvragen',
      who: 'inburgeraar',
      when: '2027-01-10',
      private: true,
      ...w(2),
    });
    const open = saveAfspraak(doc, { what: 'Proefdag bakkerij', who: 'gemeente', ...w(3) });
    expect(readPlan(doc).afspraken.map((a) => a.id)).toEqual([soon, late, open]);
    expect(readPlan(doc).afspraken[0]).toMatchObject({ private: true, who: 'inburgeraar' });
    saveAfspraak(doc, {
      id: late,
      what: 'Taalcoach zoeken',
      who: 'vluchtelingenwerk',
      when: '2027-01-05',
      ...w(4),
    });
    expect(readPlan(doc).afspraken.map((a) => a.id)).toEqual([late, soon, open]);
    removeAfspraak(doc, { id: open, ...w(5) });
    expect(readPlan(doc).afspraken.map((a) => a.id)).toEqual([late, soon]);
    expect(() => saveAfspraak(doc, { what: '  ', who: 'gemeente', ...w(6) })).toThrowError(
      expect.objectContaining({ code: 'plan-invalid' }),
    );
    expect(() =>
      saveAfspraak(doc, { what: 'x', who: 'gemeente', when: '1-1-2027', ...w(6) }),
    ).toThrowError(expect.objectContaining({ code: 'plan-invalid' }));
  });

  it('holds his goal and the steps towards it', () => {
    const doc = new Y.Doc();
    setGoal(doc, { text: ' Een eigen bakkerij ', ...w(1) });
    saveStep(doc, {
      kind: 'proefdag',
      what: 'Proefdag bij bakker Jansen',
      when: '2027-01-20',
      ...w(2),
    });
    saveStep(doc, { kind: 'course', what: 'Hygiënecursus', ...w(3) });
    const plan = readPlan(doc);
    expect(plan.goal).toBe('Een eigen bakkerij');
    expect(plan.steps.map((s) => s.kind)).toEqual(['proefdag', 'course']);
    expect(() => saveStep(doc, { kind: 'dream' as never, what: 'x', ...w(4) })).toThrowError(
      expect.objectContaining({ code: 'plan-invalid' }),
    );
  });

  it('gives ontzorgen only to asielstatushouders with bijstand, for at least six months', () => {
    const doc = new Y.Doc();
    expect(() =>
      setBeschikking(doc, {
        field: 'ontzorgen',
        value: { how: 'huur en energie', months: 6 },
        ...w(1),
      }),
    ).toThrowError(expect.objectContaining({ code: 'ontzorgen-not-applicable' }));
    setBeschikking(doc, { field: 'asielstatushouder', value: true, ...w(2) });
    setBeschikking(doc, { field: 'bijstand', value: true, ...w(3) });
    expect(() =>
      setBeschikking(doc, { field: 'ontzorgen', value: { how: 'huur', months: 3 }, ...w(4) }),
    ).toThrowError(expect.objectContaining({ code: 'ontzorgen-too-short' }));
    setBeschikking(doc, {
      field: 'ontzorgen',
      value: { how: 'huur, energie en zorgverzekering', months: 12 },
      ...w(5),
    });
    expect(readPlan(doc).beschikking.ontzorgen).toEqual({
      how: 'huur, energie en zorgverzekering',
      months: 12,
    });
    // Without bijstand it no longer applies, and the plan says so.
    setBeschikking(doc, { field: 'bijstand', value: false, ...w(6) });
    expect(readPlan(doc).beschikking.ontzorgen).toBeNull();
  });

  it('checks how often progress is followed', () => {
    const doc = new Y.Doc();
    setBeschikking(doc, { field: 'voortgangEveryMonths', value: 6, ...w(1) });
    expect(readPlan(doc).beschikking.voortgangEveryMonths).toBe(6);
    expect(() =>
      setBeschikking(doc, { field: 'voortgangEveryMonths', value: 0, ...w(2) }),
    ).toThrowError(expect.objectContaining({ code: 'plan-invalid' }));
  });

  it('shows a conflict when two tablets changed the same agreement apart, and loses neither wording', () => {
    const a = new Y.Doc();
    const id = saveAfspraak(a, { what: 'Huisarts kiezen', who: 'inburgeraar', ...w(1) });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    saveAfspraak(a, { id, what: 'Huisarts kiezen met maatje', who: 'maatje', ...w(2) });
    saveAfspraak(b, { id, what: 'Huisarts kiezen met wijkteam', who: 'wijkteam', ...w(3) });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const plan = readPlan(a);
    expect(plan.afspraken).toHaveLength(1);
    expect(plan.afspraken[0]!.what).toBe('Huisarts kiezen met wijkteam');
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]!.conflicts[0]!.value).toMatchObject({
      what: 'Huisarts kiezen met maatje',
    });
  });

  it('never shows a private agreement in a conversation where the partner is present', () => {
    const doc = new Y.Doc();
    saveAfspraak(doc, { what: 'Taalcoach zoeken', who: 'vluchtelingenwerk', ...w(1) });
    saveAfspraak(doc, {
      what: 'Gesprek bij het wijkteam',
      who: 'wijkteam',
      private: true,
      ...w(2),
    });
    const all = readPlan(doc).afspraken;
    expect(agreementsFor(all, { partner: {} }).map((a) => a.what)).toEqual(['Taalcoach zoeken']);
    expect(
      agreementsFor(all, {})
        .map((a) => a.what)
        .sort(),
    ).toEqual(['Gesprek bij het wijkteam', 'Taalcoach zoeken']);
  });

  it('an agreement marked private on one tablet stays private when another changed its wording apart', () => {
    const a = new Y.Doc();
    const id = saveAfspraak(a, { what: 'Gesprek wijkteam', who: 'wijkteam', ...w(1) });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    saveAfspraak(a, { id, what: 'Gesprek wijkteam', who: 'wijkteam', private: true, ...w(2) });
    saveAfspraak(b, { id, what: 'Gesprek bij het wijkteam, alleen', who: 'wijkteam', ...w(3) });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const [agreement] = readPlan(a).afspraken;
    expect(agreement).toMatchObject({ what: 'Gesprek bij het wijkteam, alleen', private: true });
    expect(agreementsFor(readPlan(a).afspraken, { partner: {} })).toEqual([]);
  });
});
