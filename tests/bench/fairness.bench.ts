// Fairness: while one municipality's tablet uploads 10 cases of 15 MB, how long do another municipality's
// tablets wait for the acknowledgement of a single answer? p99 against the same tablets with nobody uploading,
// measured in the same run, on PGlite and PostgreSQL. The server runs in its own process, as `npm start` runs it.
import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '../../src/protocol/api';
import { createOrganisation, createUser } from '../../src/server/auth/accounts';
import { openDatabase } from '../../src/server/persistence/open';
import { startChildServer, type ChildServer } from '../integration/support/childServer';
import { connectClient, whenSynced, type Client } from '../integration/support/clients';
import { freshDatabaseConfig, type AdapterKind } from '../integration/support/databases';
import { DATABASE_URL } from '../integration/support/env';
import { dummyDist, PASSWORD } from '../integration/support/server';
import { percentile as p, type BenchRow, type BenchSuite } from './report';

const UPLOADS = 10;
const UPLOAD_BYTES = 15 * 1024 * 1024;
const OTHER_TABLETS = 4;
const ANSWER_EVERY_MS = 200;
const QUIET_MS = 5000;
const P99_TARGET_MS = 500;


const login = async (url: string, email: string, deviceName: string) => {
  const res = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, deviceName }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return ((await res.json()) as SessionResponse).accessToken;
};

/** A server with two municipalities: the uploader's and the others'. */
const startServer = async (kind: AdapterKind) => {
  const { cleanup, ...dbConfig } = freshDatabaseConfig(kind);
  const uploader = `upload-${randomUUID().slice(0, 8)}@example.nl`;
  const other = `other-${randomUUID().slice(0, 8)}@example.nl`;
  const db = await openDatabase(dbConfig);
  try {
    const a = await createOrganisation(db, 'Gemeente Groot');
    const b = await createOrganisation(db, 'Gemeente Klein');
    await createUser(db, { organisationId: a.id, email: uploader, role: 'consultant', password: PASSWORD });
    await createUser(db, { organisationId: b.id, email: other, role: 'consultant', password: PASSWORD });
  } finally {
    await db.close();
  }
  const server: ChildServer = await startChildServer({
    DIST_DIR: dummyDist(),
    DATA_DIR: dbConfig.dataDir,
    ...(dbConfig.databaseUrl ? { DATABASE_URL: dbConfig.databaseUrl, DATABASE_SCHEMA: dbConfig.databaseSchema ?? '' } : {}),
  });
  return { server, uploader, other, stop: async () => (await server.stop(), await cleanup()) };
};

/** The other municipality's tablets answer every 200 ms each; returns the acknowledgement times (ms) while `running()`. */
const answerLoop = async (tablets: Client[], running: () => boolean): Promise<number[]> => {
  const acks: number[] = [];
  await Promise.all(
    tablets.map(async (tablet, t) => {
      let n = 0;
      while (running()) {
        const started = performance.now();
        tablet.doc.getMap('answers').set(`q${n++}`, `antwoord ${t}-${n}`);
        await whenSynced(tablet);
        acks.push(performance.now() - started);
        const rest = ANSWER_EVERY_MS - (performance.now() - started);
        if (rest > 0) await new Promise((r) => setTimeout(r, rest));
      }
    }),
  );
  return acks;
};

const runOn = async (kind: AdapterKind): Promise<BenchRow[]> => {
  const s = await startServer(kind);
  const clients: Client[] = [];
  try {
    const otherToken = await login(s.server.url, s.other, 'klein');
    const tablets = Array.from({ length: OTHER_TABLETS }, () => connectClient(s.server.wsUrl, `case/${randomUUID()}`, otherToken));
    clients.push(...tablets);
    await Promise.all(tablets.map(whenSynced));

    // Floor: nobody uploads.
    const quietUntil = performance.now() + QUIET_MS;
    const quiet = await answerLoop(tablets, () => performance.now() < quietUntil);

    // One tablet of the other municipality uploads 10 cases of 15 MB, one after the other.
    const uploadToken = await login(s.server.url, s.uploader, 'groot');
    let uploading = true;
    const uploadStarted = performance.now();
    const upload = (async () => {
      for (let i = 0; i < UPLOADS; i++) {
        const big = connectClient(s.server.wsUrl, `case/${randomUUID()}`, uploadToken);
        clients.push(big);
        await whenSynced(big);
        big.doc.getMap('answers').set('recording-notes', 'x'.repeat(UPLOAD_BYTES - 200));
        await whenSynced(big);
        big.destroy();
      }
    })().finally(() => (uploading = false));
    const loaded = await answerLoop(tablets, () => uploading);
    await upload;
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;

    const p99 = p(loaded, 99);
    return [
      { name: `${kind}: answer acknowledged, p99, nobody uploading (floor)`, value: p(quiet, 99), unit: 'ms', note: `${quiet.length} answers of ${OTHER_TABLETS} tablets` },
      { name: `${kind}: answer acknowledged, p50, while another municipality uploads`, value: p(loaded, 50), unit: 'ms' },
      { name: `${kind}: answer acknowledged, p99, while another municipality uploads`, value: p99, unit: 'ms', target: `≤ ${P99_TARGET_MS} ms`, met: p99 <= P99_TARGET_MS, note: `${loaded.length} answers; max ${p(loaded, 100).toFixed(0)} ms` },
      { name: `${kind}: the upload of ${UPLOADS} × 15 MB took`, value: uploadSeconds, unit: 's', note: 'limited by the upload rate per user' },
    ];
  } finally {
    for (const c of clients) c.destroy();
    await s.stop();
  }
};

export const fairnessSuite: BenchSuite = {
  id: 'fairness',
  title: 'Fairness: acknowledgements of one municipality while another uploads 10 × 15 MB',
  method:
    `The server runs as \`npm start\` runs it, in its own process, with two municipalities. ${OTHER_TABLETS} tablets of one ` +
    `municipality each give an answer every ${ANSWER_EVERY_MS} ms (provider clients in the bench process) and time it until ` +
    `the server acknowledges it (durably stored). First ${QUIET_MS / 1000} s with nobody else (the floor), then while one ` +
    `tablet of the other municipality uploads ${UPLOADS} new cases of 15 MB each, one after the other. PGlite always, ` +
    'PostgreSQL when DATABASE_URL is set.',
  run: async () => {
    const rows = await runOn('pglite');
    if (DATABASE_URL) rows.push(...(await runOn('postgres')));
    else rows.push({ name: 'postgres', value: NaN, unit: '', note: 'left out: DATABASE_URL is not set' });
    return rows;
  },
};
