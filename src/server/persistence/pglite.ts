// Embedded PGlite adapter: a real Postgres in WebAssembly, data in a local folder (default ./data), run on
// a worker thread (pgliteWorker.mjs) so its statements never block the sockets on the main thread.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database, Queryable, Row } from './db';

type Request =
  | { kind: 'query'; sql: string; params: readonly unknown[]; tx?: number }
  | { kind: 'begin' | 'commit' | 'rollback'; tx: number }
  | { kind: 'close' };

interface PlainError {
  message: string;
  code?: string;
  detail?: string;
  constraint?: string;
}

type Reply = { id: number } & ({ ok: true; rows: unknown } | { ok: false; error: PlainError });
type Ready = { ready: true } | { ready: false; error: PlainError };

/**
 * A byte array crosses to the worker as a copy of its whole underlying buffer: an update read out of a
 * websocket message is a view into that message (or a larger pooled buffer), so send only its own bytes.
 */
const ownBytes = (value: unknown): unknown =>
  value instanceof Uint8Array && value.byteLength !== value.buffer.byteLength
    ? value.slice()
    : value;

/** The database error as thrown on this side: message and SQL state code as PGlite gave them. */
const toError = ({ message, ...fields }: PlainError): Error =>
  Object.assign(new Error(message), fields);

/** Opens PGlite in dataDir; "memory://" keeps it in memory (tests only). */
export const openPglite = async (dataDir: string): Promise<Database> => {
  const dir = dataDir.startsWith('memory://') ? dataDir : resolve(dataDir);
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const worker = new Worker(new URL('./pgliteWorker.mjs', import.meta.url), {
    workerData: { dataDir: dir },
  });

  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: unknown): void }
  >();
  let nextId = 1;
  let gone: Error | undefined;
  const failAll = (error: Error) => {
    gone = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  await new Promise<void>((ready, fail) => {
    worker.once('message', (message: Ready) =>
      message.ready ? ready() : fail(toError(message.error)),
    );
    worker.once('error', fail);
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.rows);
    else p.reject(toError(reply.error));
  });
  worker.on('error', (error) => failAll(new Error(`the database thread failed: ${error.message}`)));
  worker.on('exit', (code) =>
    failAll(new Error(`the database thread stopped (exit code ${code})`)),
  );

  const request = (message: Request): Promise<unknown> => {
    if (gone) return Promise.reject(gone);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };
  const queryable = (tx?: number): Queryable => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await request({ kind: 'query', sql, params: params.map(ownBytes), tx })) as T[],
  });

  let nextTx = 1;
  return {
    kind: 'pglite',
    ...queryable(),
    transaction: async (fn) => {
      const tx = nextTx++;
      await request({ kind: 'begin', tx });
      let result;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await request({ kind: 'rollback', tx }).catch(() => undefined);
        throw error;
      }
      await request({ kind: 'commit', tx });
      return result;
    },
    close: async () => {
      if (!gone) await request({ kind: 'close' });
      await worker.terminate();
    },
  };
};
