// The constants of the load bench's capacity search; load.bench.ts builds its method text from them.
// BENCH_LOAD_* variables change a few of them for experiments (the report states what ran).
const int = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** Clients per document (a case open on this many tablets); client counts are multiples of it. */
export const CLIENTS_PER_DOC = 10;
/** Every client writes one small update this often. */
export const EDIT_INTERVAL_MS = 1000;
/** A server holds a number of clients when the propagation p99 stays within this bound. */
export const P99_BOUND_MS = 100;

/** The search: start here, double while the server holds, halve while it does not, then bisect. */
export const START_CLIENTS = int('BENCH_LOAD_START', 2000);
export const MIN_CLIENTS = 100;
export const MAX_CLIENTS = 16_000;
/** Bisection stops when the bracket is at most this fraction of the number held. */
export const RESOLUTION = 1 / 8;

/** One step: a fresh server, all clients connected, warm-up, then consecutive measured windows. */
export const WARMUP_MS = int('BENCH_LOAD_WARMUP_MS', 8_000);
export const WINDOWS = int('BENCH_LOAD_WINDOWS', 5);
export const WINDOW_MS = int('BENCH_LOAD_WINDOW_MS', 4_000);
/** After the last window, late deliveries still count; one missing after this counts as infinitely late. */
export const DRAIN_MS = 2_000;

/** `taskset` cores: the server under test (with its database backends) on one, all clients on the other. */
export const SERVER_CORE = 0;
export const CLIENT_CORE = 1;
/**
 * Nice value of the scheduling group (session) of the server and of the client worker: the machine is shared
 * with other work, which at equal weight would take most of each pinned core; at this value the scheduler
 * gives the pinned processes the larger part of their core (what they left is in the notes).
 */
export const NICE = -20;

/** Logged-in tablets whose tokens the clients share (ours; the login rate limit is 30 per minute per address). */
export const DEVICES = 10;
/** Clients connecting at once: below ours' limit of 32 sockets per address waiting for their login. */
export const CONNECT_CONCURRENCY = 25;
export const CONNECT_TIMEOUT_MS = 120_000;
