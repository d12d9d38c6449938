// The leerbaarheidstoets and the route decision: recorded with their day and reasons, kept as history, and
// nothing lost when two tablets record apart.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DomainError } from '../errors';
import { decideLeerroute, readLeerroute, recordLeerbaarheid } from './leerroute';

describe('leerbaarheidstoets and leerroute decision', () => {
  it('records the test with its day and result; the latest day counts', () => {
    const doc = new Y.Doc();
    recordLeerbaarheid(doc, {
      date: '2026-11-10',
      result: 'grensgebied',
      now: '2026-11-10T12:00:00.000Z',
      id: 't1',
    });
    recordLeerbaarheid(doc, {
      date: '2026-11-24',
      result: 'b1-haalbaar',
      now: '2026-11-24T12:00:00.000Z',
      id: 't2',
    });
    const state = readLeerroute(doc);
    expect(state.tests.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(state.latestTest).toMatchObject({ date: '2026-11-24', result: 'b1-haalbaar' });
  });

  it('refuses a test without a proper day or with an unknown result', () => {
    const doc = new Y.Doc();
    expect(() =>
      recordLeerbaarheid(doc, { date: '24-11-2026', result: 'b1-haalbaar', now: 'x' }),
    ).toThrowError(DomainError);
    expect(() =>
      recordLeerbaarheid(doc, { date: '2026-11-24', result: 'maybe' as never, now: 'x' }),
    ).toThrowError(DomainError);
    expect(readLeerroute(doc).tests).toEqual([]);
  });

  it('records a decision as advised without a reason, and asks why when it differs from the advice', () => {
    const doc = new Y.Doc();
    decideLeerroute(doc, { route: 'b1', advised: 'b1', now: '2026-11-25T10:00:00.000Z', id: 'd1' });
    expect(() =>
      decideLeerroute(doc, {
        route: 'z',
        advised: 'b1',
        why: '  ',
        now: '2026-11-25T10:05:00.000Z',
      }),
    ).toThrowError(expect.objectContaining({ code: 'leerroute-why-required' }));
    decideLeerroute(doc, {
      route: 'z',
      advised: 'b1',
      why: ' Kan nog niet lezen; eerst alfabetisering. ',
      now: '2026-11-26T10:00:00.000Z',
      id: 'd2',
    });
    const state = readLeerroute(doc);
    expect(state.current).toMatchObject({
      id: 'd2',
      route: 'z',
      advised: 'b1',
      why: 'Kan nog niet lezen; eerst alfabetisering.',
    });
    expect(state.decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('keeps both decisions two tablets made apart; both orders agree on the current one', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    decideLeerroute(a, { route: 'b1', advised: 'b1', now: '2026-11-26T10:00:00.000Z', id: 'da' });
    decideLeerroute(b, {
      route: 'onderwijs',
      advised: 'b1',
      why: 'Wil naar het mbo',
      now: '2026-11-26T10:01:00.000Z',
      id: 'db',
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readLeerroute(a).decisions).toHaveLength(2);
    expect(readLeerroute(a).current?.id).toBe('db');
    expect(readLeerroute(b).current?.id).toBe('db');
  });
});
