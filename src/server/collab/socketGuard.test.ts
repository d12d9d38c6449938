// The gate before login: authentication passes, pending documents wait within a budget, everything else is dropped.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { createSocketGuard, peekFrame } from './socketGuard';

const frame = (documentName: string, type: number, bodyBytes = 0): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, type);
  encoding.writeUint8Array(e, new Uint8Array(bodyBytes));
  return encoding.toUint8Array(e);
};
const AUTH = 2;
const SYNC = 0;

describe('socket guard', () => {
  it('lets an authentication pass and queues a small sync step of that document until it opens', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    expect(guard.inspect(frame('case/a', AUTH, 400))).toEqual({ pass: true });
    expect(guard.inspect(frame('case/a', SYNC, 100))).toEqual({ pass: true });
    expect(guard.queuedBytes).toBeGreaterThan(100);
    expect(guard.loggedIn).toBe(false);
    guard.authenticated('case/a');
    guard.opened('case/a');
    expect(guard.loggedIn).toBe(true);
    expect(guard.queuedBytes).toBe(0);
    // Once open, any size goes through (the websocket's own limit still holds).
    expect(guard.inspect(frame('case/a', SYNC, 100_000))).toEqual({ pass: true });
  });

  it('drops frames of a document nobody asked to open, and never queues them', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    expect(guard.inspect(frame('case/b', SYNC, 10))).toEqual({
      pass: false,
      reason: 'before-login',
    });
    expect(guard.queuedBytes).toBe(0);
  });

  it('drops what would go over the queue budget, while the authentication of another document still passes', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    guard.inspect(frame('case/a', AUTH, 300));
    expect(guard.inspect(frame('case/a', SYNC, 5000))).toEqual({
      pass: false,
      reason: 'queue-full',
    });
    expect(guard.inspect(frame('case/a', SYNC, 1000))).toEqual({ pass: true });
    expect(guard.inspect(frame('case/c', AUTH, 300))).toEqual({ pass: true });
  });

  it('refuses endless document names: each costs budget', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 10 * 1024 });
    const verdicts = Array.from({ length: 20 }, (_, i) =>
      guard.inspect(frame(`case/${i}`, AUTH, 10)),
    );
    expect(verdicts.filter((v) => v.pass)).toHaveLength(10);
    expect(verdicts.at(-1)).toEqual({ pass: false, reason: 'queue-full' });
  });

  it('takes nothing more of a refused document, and keeps counting what Hocuspocus still holds of it', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    guard.inspect(frame('case/a', AUTH, 10));
    guard.inspect(frame('case/a', SYNC, 500));
    const held = guard.queuedBytes;
    guard.refused('case/a');
    expect(guard.inspect(frame('case/a', SYNC, 10))).toEqual({
      pass: false,
      reason: 'before-login',
    });
    expect(guard.inspect(frame('case/a', AUTH, 10))).toEqual({
      pass: false,
      reason: 'before-login',
    });
    expect(guard.queuedBytes).toBe(held);
    expect(guard.loggedIn).toBe(false);
  });

  it('starts a closed document over with a new authentication', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    guard.inspect(frame('case/a', AUTH, 10));
    guard.opened('case/a');
    guard.closed('case/a');
    expect(guard.inspect(frame('case/a', SYNC, 10))).toEqual({
      pass: false,
      reason: 'before-login',
    });
    expect(guard.inspect(frame('case/a', AUTH, 10))).toEqual({ pass: true });
  });

  it('drops a frame that does not decode', () => {
    const guard = createSocketGuard({ maxQueuedBytes: 4096 });
    expect(guard.inspect(new Uint8Array([0xff, 0xff, 0xff]))).toEqual({
      pass: false,
      reason: 'malformed-frame',
    });
    expect(peekFrame(frame('case/x', AUTH))).toEqual({ documentName: 'case/x', type: AUTH });
  });
});
