// Vaststellen: only with a route and both signatures; the version is immutable with its SHA-256; later versions
// need a change and the reason the law asks for; any two versions compare.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase } from '../caseDoc';
import { createCase } from '../commands';
import { decideLeerroute } from './leerroute';
import { saveAfspraak, setBeschikking } from './plan';
import {
  compareStoredVersions,
  parseContent,
  pipVastgesteldAt,
  readVersions,
  vaststellen,
  vaststellenProblems,
  verifyVersion,
} from './versions';

const signatures = { consultant: 'M1 1 L5 5', inburgeraar: 'M2 2 L6 8' };
const participants = { consultant: 'Consulent A', inburgeraar: 'Yonas' };

const caseWithRoute = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Yonas', language: 'ti', now: '2026-10-01T09:00:00.000Z' });
  decideLeerroute(doc, { route: 'b1', advised: 'b1', now: '2026-11-20T10:00:00.000Z' });
  return doc;
};

const fix = (
  doc: Y.Doc,
  now: string,
  reason: 'first' | 'voortgang' | 'schakelen' | 'afschalen' | 'verhuizing' = 'first',
) => vaststellen(doc, { snapshot: readCase(doc), now, reason, participants, signatures });

describe('vaststellen', () => {
  it('needs a decided leerroute and both signatures', () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c1', name: 'Yonas', language: 'ti', now: '2026-10-01T09:00:00.000Z' });
    expect(
      vaststellenProblems(doc, {
        snapshot: readCase(doc),
        now: '2026-12-01T10:00:00.000Z',
        reason: 'first',
        signatures: { consultant: 'M1 1' },
      }),
    ).toEqual(['no-leerroute', 'signature-inburgeraar']);
    return expect(fix(doc, '2026-12-01T10:00:00.000Z')).rejects.toMatchObject({
      code: 'vaststellen-incomplete',
    });
  });

  it('stores the content with its SHA-256, the day and who took part; the term runs three years from the next day', async () => {
    const doc = caseWithRoute();
    saveAfspraak(doc, {
      what: 'Kinderopvang aanvragen',
      who: 'gemeente',
      when: '2027-01-10',
      now: '2026-11-30T10:00:00.000Z',
    });
    const v1 = await fix(doc, '2026-12-01T10:00:00.000Z');
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyVersion(v1)).toBe(true);
    const content = parseContent(v1);
    expect(content.term).toEqual({ start: '2026-12-02', end: '2029-12-02' });
    expect(content.leerroute.route).toBe('b1');
    expect(Object.values(content.afspraken).map((a) => a.what)).toEqual(['Kinderopvang aanvragen']);
    expect(v1).toMatchObject({ reason: 'first', participants, signatures });
    expect(pipVastgesteldAt(readVersions(doc))).toBe('2026-12-01T10:00:00.000Z');
  });

  it('a version does not change when the plan does, and a tampered one is found out', async () => {
    const doc = caseWithRoute();
    const v1 = await fix(doc, '2026-12-01T10:00:00.000Z');
    saveAfspraak(doc, {
      what: 'Maatje zoeken',
      who: 'vluchtelingenwerk',
      now: '2026-12-02T10:00:00.000Z',
    });
    expect(readVersions(doc)[0]!.content).toBe(v1.content);
    expect(await verifyVersion({ ...v1, content: v1.content.replace('"b1"', '"z"') })).toBe(false);
  });

  it('a second version needs a change; comparing shows what changed and keeps the term', async () => {
    const doc = caseWithRoute();
    const id = saveAfspraak(doc, {
      what: 'Taalcoach zoeken',
      who: 'vluchtelingenwerk',
      when: '2027-01-15',
      now: '2026-11-30T10:00:00.000Z',
    });
    const v1 = await fix(doc, '2026-12-01T10:00:00.000Z');
    await expect(fix(doc, '2027-03-01T10:00:00.000Z', 'voortgang')).rejects.toMatchObject({
      code: 'vaststellen-incomplete',
    });
    saveAfspraak(doc, {
      id,
      what: 'Taalcoach zoeken',
      who: 'vluchtelingenwerk',
      when: '2027-04-01',
      now: '2027-03-01T09:00:00.000Z',
    });
    const v2 = await fix(doc, '2027-03-01T10:00:00.000Z', 'voortgang');
    expect(readVersions(doc).map((v) => v.id)).toEqual([v1.id, v2.id]);
    expect(v2.hash).not.toBe(v1.hash);
    expect(parseContent(v2).term).toEqual(parseContent(v1).term);
    expect(compareStoredVersions(v1, v2)).toEqual([
      { path: ['afspraken', id, 'when'], before: '2027-01-15', after: '2027-04-01' },
    ]);
  });

  it('schakelen to another route needs that reason and is possible only within 18 months of the term start', async () => {
    const doc = caseWithRoute();
    await fix(doc, '2026-12-01T10:00:00.000Z');
    decideLeerroute(doc, {
      route: 'z',
      advised: 'b1',
      why: 'leert trager dan verwacht',
      now: '2027-06-01T10:00:00.000Z',
    });
    await expect(fix(doc, '2027-06-01T11:00:00.000Z', 'voortgang')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    await expect(fix(doc, '2027-06-01T11:00:00.000Z', 'verhuizing')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    await expect(fix(doc, '2028-06-10T11:00:00.000Z', 'schakelen')).rejects.toMatchObject({
      code: 'schakelen-too-late',
    });
    const v2 = await fix(doc, '2027-06-01T11:00:00.000Z', 'schakelen');
    expect(parseContent(v2).leerroute).toMatchObject({
      route: 'z',
      why: 'leert trager dan verwacht',
    });
  });

  it('afschalen to A2 needs its own reason; a move to another municipality is a new version with the same route', async () => {
    const doc = caseWithRoute();
    await fix(doc, '2026-12-01T10:00:00.000Z');
    setBeschikking(doc, { field: 'afschalenA2', value: true, now: '2027-05-01T09:00:00.000Z' });
    await expect(fix(doc, '2027-05-01T10:00:00.000Z', 'voortgang')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    expect((await fix(doc, '2027-05-01T10:00:00.000Z', 'afschalen')).reason).toBe('afschalen');
    expect((await fix(doc, '2027-09-01T10:00:00.000Z', 'verhuizing')).reason).toBe('verhuizing');
    expect(readVersions(doc)).toHaveLength(3);
  });

  it('two tablets that vaststellen apart keep both versions, numbered alike on each', async () => {
    const a = caseWithRoute();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    await fix(a, '2026-12-01T10:00:00.000Z');
    await fix(b, '2026-12-01T10:03:00.000Z');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readVersions(a).map((v) => v.at)).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T10:03:00.000Z',
    ]);
    expect(readVersions(b).map((v) => v.id)).toEqual(readVersions(a).map((v) => v.id));
  });

  it('a later version names the change it makes: not "first", not schakelen without another route', async () => {
    const doc = caseWithRoute();
    await fix(doc, '2026-12-01T10:00:00.000Z');
    saveAfspraak(doc, {
      what: 'Maatje zoeken',
      who: 'vluchtelingenwerk',
      now: '2027-01-01T09:00:00.000Z',
    });
    await expect(fix(doc, '2027-01-01T10:00:00.000Z', 'first')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    await expect(fix(doc, '2027-01-01T10:00:00.000Z', 'schakelen')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    await expect(fix(doc, '2027-01-01T10:00:00.000Z', 'afschalen')).rejects.toMatchObject({
      code: 'version-reason-required',
    });
    expect((await fix(doc, '2027-01-01T10:00:00.000Z', 'voortgang')).reason).toBe('voortgang');
  });

  it('afschalen belongs to the B1-route: after schakelen to Z an old tick does not block the next version', async () => {
    const doc = caseWithRoute();
    setBeschikking(doc, { field: 'afschalenA2', value: true, now: '2026-11-30T10:00:00.000Z' });
    const v1 = await fix(doc, '2026-12-01T10:00:00.000Z');
    expect(parseContent(v1).beschikking.afschalenA2).toBe(true);
    decideLeerroute(doc, { route: 'z', advised: 'z', now: '2027-02-01T09:00:00.000Z' });
    const v2 = await fix(doc, '2027-02-01T10:00:00.000Z', 'schakelen');
    expect(parseContent(v2).beschikking.afschalenA2).toBe(false);
  });

  it('the hash covers who signed and when: a swapped signature or day is found out', async () => {
    const doc = caseWithRoute();
    const v1 = await fix(doc, '2026-12-01T10:00:00.000Z');
    expect(
      await verifyVersion({ ...v1, signatures: { ...v1.signatures, inburgeraar: 'M9 9 L9 9' } }),
    ).toBe(false);
    expect(await verifyVersion({ ...v1, at: '2026-12-02T10:00:00.000Z' })).toBe(false);
    expect(await verifyVersion({ ...v1, participants: { ...v1.participants, tolk: 'X' } })).toBe(
      false,
    );
  });
});
