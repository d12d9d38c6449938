// The consultant's PIN: only a salted PBKDF2 verifier is stored, never the PIN; plus lock counters.
import { INITIAL_COUNTERS, type LockCounters } from '../domain/lockPolicy';
import type { SamenspraakDb } from './db';
import { readSetting, writeSetting } from './settings';

export interface PinVerifier {
  salt: string;
  hash: string;
  iterations: number;
}

const ITERATIONS = 210_000;

const toBase64 = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const derive = async (pin: string, salt: Uint8Array, iterations: number): Promise<string> => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toBase64(bits);
};

/** Compares without stopping at the first difference. */
const sameText = (a: string, b: string) => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
};

export class PinStore {
  constructor(
    private readonly db: SamenspraakDb,
    private readonly iterations = ITERATIONS,
  ) {}

  async hasPin(): Promise<boolean> {
    return (await readSetting(this.db, 'pinVerifier')) !== undefined;
  }

  async setPin(pin: string): Promise<void> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const verifier: PinVerifier = {
      salt: toBase64(salt),
      hash: await derive(pin, salt, this.iterations),
      iterations: this.iterations,
    };
    await writeSetting(this.db, 'pinVerifier', verifier);
  }

  async verify(pin: string): Promise<boolean> {
    const verifier = await readSetting(this.db, 'pinVerifier');
    if (!verifier) return false;
    return sameText(
      await derive(pin, fromBase64(verifier.salt), verifier.iterations),
      verifier.hash,
    );
  }

  async counters(): Promise<LockCounters> {
    return (await readSetting(this.db, 'lockCounters')) ?? INITIAL_COUNTERS;
  }

  async saveCounters(counters: LockCounters): Promise<void> {
    await writeSetting(this.db, 'lockCounters', counters);
  }
}
