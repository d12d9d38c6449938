// The embedded PGlite database on a thread of its own. PGlite runs Postgres in WebAssembly, synchronously
// on whatever thread calls it: on the server's main thread every statement (and every WAL segment it
// fills, every checkpoint) held up the sockets of every tablet. Here it only costs this thread.
// Plain JavaScript so it loads as a worker under tsx, vitest and plain node alike; the host side and the
// message shapes are in pgliteThread.ts.
import { PGlite } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';

const ROLLBACK = Symbol('rollback');

/** Only what can cross the thread boundary and what callers read: message, SQL state code, detail. */
const plainError = (error) => ({
  message: error instanceof Error ? error.message : String(error),
  code: error?.code,
  detail: error?.detail,
  constraint: error?.constraint,
});

const reply = (id, result) => parentPort.postMessage({ id, ...result });

/** PostgreSQL's type id of bytea. */
const BYTEA = 17;

/**
 * bytea in and out as hex through Buffer: PGlite's own converters go byte by byte (Array.from, parseInt per
 * byte), which took 5 s for one 15 MB update and held up every other statement that long.
 */
const byteaHex = {
  serializers: {
    [BYTEA]: (bytes) => {
      if (!(bytes instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
      return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
    },
  },
  parsers: { [BYTEA]: (text) => new Uint8Array(Buffer.from(text.slice(2), 'hex')) },
};

let pg;
try {
  pg = await PGlite.create(workerData.dataDir, { relaxedDurability: false, ...byteaHex });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: plainError(error) });
}

/** Open transactions by id: the PGlite transaction object, how to end it, and its outcome. */
const transactions = new Map();

const begin = (txId) =>
  new Promise((resolve, reject) => {
    const open = {};
    const ended = new Promise((r) => (open.end = r));
    open.done = pg
      .transaction(async (tx) => {
        open.tx = tx;
        transactions.set(txId, open);
        resolve();
        if ((await ended) === 'rollback') throw ROLLBACK;
      })
      .catch((error) => {
        if (error !== ROLLBACK) throw error;
      });
    open.done.catch(reject); // BEGIN itself failed: nothing was resolved yet
  });

const finish = async (txId, outcome) => {
  const open = transactions.get(txId);
  if (!open) throw new Error(`no open transaction ${txId}`);
  transactions.delete(txId);
  open.end(outcome);
  await open.done;
};

const handle = async (message) => {
  switch (message.kind) {
    case 'query': {
      const target = message.tx === undefined ? pg : transactions.get(message.tx)?.tx;
      if (!target) throw new Error(`no open transaction ${message.tx}`);
      return (await target.query(message.sql, message.params)).rows;
    }
    case 'begin':
      return begin(message.tx);
    case 'commit':
      return finish(message.tx, 'commit');
    case 'rollback':
      return finish(message.tx, 'rollback');
    case 'close':
      await pg.close();
      return undefined;
    default:
      throw new Error(`unknown message ${message.kind}`);
  }
};

parentPort.on('message', (message) => {
  handle(message).then(
    (rows) => reply(message.id, { ok: true, rows }),
    (error) => reply(message.id, { ok: false, error: plainError(error) }),
  );
});
