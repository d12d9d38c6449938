// Login throttling that slows password guessing without giving an attacker a way to lock a consultant out:
// limits per address, growing waits per account-and-address, and a mild slow-down per account.
import { createGrowingDelays } from './growingDelays';
import { createRateLimiter } from './rateLimit';

export interface LoginThrottleOptions {
  /** Login attempts per address per minute, for any accounts. */
  attemptsPerAddressPerMinute: number;
  /** Failures of one account from one address that cost nothing; each further one makes that pair wait. */
  freeFailuresPerAccountAndAddress: number;
  /** The first wait of an account-and-address; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest wait of an account-and-address. */
  maxDelayMs: number;
  /**
   * Failures of one account from all addresses together (except those it signed in from before) that cost
   * nothing; after them the account is slowed, up to maxAccountDelayMs: guessing from many addresses stays
   * slow, and the real consultant is never kept out for long.
   */
  freeFailuresPerAccount: number;
  maxAccountDelayMs: number;
  /** Failures are forgotten this long after the last wait ended. */
  forgetAfterMs: number;
  /** At most this many entries per table (addresses, pairs, accounts), so memory stays bounded. */
  maxEntries: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  attemptsPerAddressPerMinute: 30,
  // The 5th failure in a row starts the first wait (1 s), the 6th 2 s, the 7th 4 s … at most 15 minutes.
  freeFailuresPerAccountAndAddress: 4,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  freeFailuresPerAccount: 50,
  maxAccountDelayMs: 60_000,
  forgetAfterMs: 60 * 60_000,
  maxEntries: 20_000,
};

/** Addresses remembered per account as ones it signed in from. */
const KNOWN_ADDRESSES_PER_ACCOUNT = 5;

export type ThrottleScope = 'address' | 'account-and-address' | 'account';

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; scope: ThrottleScope; retryAfterSeconds: number };

export interface LoginThrottle {
  /**
   * Before the password is checked: counts the attempt and says whether it may go ahead. One that goes
   * ahead counts as a failure until succeeded() says otherwise, so guesses sent in parallel cannot all
   * slip in before the first failure is recorded.
   */
  attempt(account: string, address: string): ThrottleVerdict;
  /** The password was right: this account-and-address starts afresh, and the address is one the account uses. */
  succeeded(account: string, address: string): void;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export const createLoginThrottle = (
  options: Partial<LoginThrottleOptions> = {},
  now: () => number = Date.now,
): LoginThrottle => {
  const o = { ...DEFAULT_LOGIN_THROTTLE, ...options };
  const byAddress = createRateLimiter(o.attemptsPerAddressPerMinute, 60_000, now, o.maxEntries);
  const byPair = createGrowingDelays(
    {
      freeFailures: o.freeFailuresPerAccountAndAddress,
      firstDelayMs: o.firstDelayMs,
      maxDelayMs: o.maxDelayMs,
      forgetAfterMs: o.forgetAfterMs,
      maxKeys: o.maxEntries,
    },
    now,
  );
  const byAccount = createGrowingDelays(
    {
      freeFailures: o.freeFailuresPerAccount,
      firstDelayMs: o.firstDelayMs,
      maxDelayMs: o.maxAccountDelayMs,
      forgetAfterMs: o.forgetAfterMs,
      maxKeys: o.maxEntries,
    },
    now,
  );
  const knownAddresses = new Map<string, string[]>();
  // A NUL cannot occur in an e-mail address, so two different pairs never share a key.
  const pairKey = (account: string, address: string) => `${account}\u0000${address}`;

  const remember = (account: string, address: string) => {
    const list = (knownAddresses.get(account) ?? []).filter((a) => a !== address);
    list.push(address);
    knownAddresses.delete(account); // re-inserted last: the least recently used accounts go first
    knownAddresses.set(account, list.slice(-KNOWN_ADDRESSES_PER_ACCOUNT));
    for (const k of knownAddresses.keys()) {
      if (knownAddresses.size <= o.maxEntries) break;
      knownAddresses.delete(k);
    }
  };

  return {
    attempt: (account, address) => {
      if (!byAddress.hit(address)) {
        return {
          allowed: false,
          scope: 'address',
          retryAfterSeconds: seconds(byAddress.retryAfterMs(address)),
        };
      }
      const pair = pairKey(account, address);
      const pairWait = byPair.waitMs(pair);
      if (pairWait > 0)
        return {
          allowed: false,
          scope: 'account-and-address',
          retryAfterSeconds: seconds(pairWait),
        };
      // From an address the account signed in from before, only the pair counts: guesses from elsewhere
      // never slow the consultant at her usual place.
      const known = knownAddresses.get(account)?.includes(address) ?? false;
      if (!known) {
        const accountWait = byAccount.waitMs(account);
        if (accountWait > 0)
          return { allowed: false, scope: 'account', retryAfterSeconds: seconds(accountWait) };
        byAccount.fail(account);
      }
      byPair.fail(pair);
      return { allowed: true };
    },
    succeeded: (account, address) => {
      byPair.reset(pairKey(account, address));
      remember(account, address);
    },
  };
};
