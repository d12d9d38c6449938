// Tests that the PIN is kept only as a verifier that accepts the right PIN and refuses others.
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { PinStore } from './pinStore';

describe('PinStore', () => {
  it('stores a salted verifier, never the PIN, and verifies against it', async () => {
    const db = openDb(`pin-${Math.random()}`);
    const pins = new PinStore(db, 1000);
    expect(await pins.hasPin()).toBe(false);
    await pins.setPin('2580');
    expect(await pins.hasPin()).toBe(true);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('2580');
    expect(await pins.verify('2580')).toBe(true);
    expect(await pins.verify('2581')).toBe(false);
  });

  it('gives the same PIN a different verifier each time (random salt)', async () => {
    const db = openDb(`pin-${Math.random()}`);
    const pins = new PinStore(db, 1000);
    await pins.setPin('2580');
    const first = JSON.stringify(await db.settings.get('pinVerifier'));
    await pins.setPin('2580');
    expect(JSON.stringify(await db.settings.get('pinVerifier'))).not.toBe(first);
  });

  it('keeps the lock counters across restarts', async () => {
    const db = openDb(`pin-${Math.random()}`);
    await new PinStore(db).saveCounters({ failedAttempts: 3 });
    expect(await new PinStore(db).counters()).toEqual({ failedAttempts: 3 });
  });
});
