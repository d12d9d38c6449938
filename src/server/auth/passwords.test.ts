// Password hashing: salted scrypt with its parameters in the hash, and only the right password verifies.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('password hashing', () => {
  it('uses salted scrypt and verifies only the right password', async () => {
    const [h1, h2] = await Promise.all([
      hashPassword('geheim wachtwoord'),
      hashPassword('geheim wachtwoord'),
    ]);
    expect(h1).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(h1).not.toBe(h2);
    expect(await verifyPassword('geheim wachtwoord', h1)).toBe(true);
    expect(await verifyPassword('geheim wachtwoorD', h1)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
