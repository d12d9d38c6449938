// The floor page of the tablet bench (tests/bench/tablet.bench.ts): the least a React page needs to do what the app's
// first screens do, so the app's figures can be set against it. A PIN pad (PBKDF2-checked against a verifier in
// IndexedDB, as the app checks its PIN), on Enter every case of IndexedDB in a list with a search, and per case a
// screen of picture tiles where one tap is one IndexedDB put. Plain IndexedDB, React without JSX (tsconfig.node.json
// has no JSX setting), the same class names as the app so the bench's probes read both. Built by ./build.ts.
import { createElement as h, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { searchKey } from '../../../src/domain/caseSearch';

/** The question's tiles, set by the build (./build.ts): id, label and the picture's URL. */
declare const __FLOOR_TILES__: { id: string; label: string; src: string }[];
/** The question the tiles answer (the key of the answer's row). */
declare const __FLOOR_QUESTION__: string;

interface CaseRow {
  id: string;
  name: string;
  language: string;
  updatedAt: string;
}

const DB = 'floor';
const openDb = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('cases', { keyPath: 'id' });
      open.result.createObjectStore('answers', { keyPath: 'key' });
      open.result.createObjectStore('settings', { keyPath: 'key' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
const dbReady = openDb();

const request = <T>(
  store: string,
  mode: IDBTransactionMode,
  make: (s: IDBObjectStore) => IDBRequest,
): Promise<T> =>
  dbReady.then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const req = make(tx.objectStore(store));
        // Resolves once the transaction is committed, not when the request succeeds.
        tx.oncomplete = () => resolve(req.result as T);
        tx.onerror = () => reject(tx.error);
      }),
  );

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const checkPin = async (pin: string): Promise<boolean> => {
  const row = await request<
    { value: { salt: string; hash: string; iterations: number } } | undefined
  >('settings', 'readonly', (s) => s.get('pin'));
  if (!row) return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(row.value.salt),
      iterations: row.value.iterations,
    },
    key,
    256,
  );
  return btoa(String.fromCharCode(...new Uint8Array(bits))) === row.value.hash;
};

function PinPad({ onUnlock }: { onUnlock(): void }) {
  const [pin, setPin] = useState('');
  const key = (label: string, onClick: () => void, className = 'pin-key') =>
    h('button', { key: label, type: 'button', className, onClick }, label);
  const submit = () => void checkPin(pin).then((ok) => (ok ? onUnlock() : setPin('')));
  return h(
    'main',
    { className: 'lock-screen', 'data-testid': 'lock-screen' },
    h(
      'div',
      { className: 'pin-dots', role: 'status' },
      ...[0, 1, 2, 3].map((i) =>
        h('span', { key: i, className: `pin-dot ${i < pin.length ? 'is-filled' : ''}` }),
      ),
    ),
    h(
      'div',
      { className: 'pin-keys' },
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) =>
        key(d, () => setPin((p) => p + d)),
      ),
      key('✓', submit, 'pin-key pin-key-ok'),
    ),
  );
}

/** One formatter for every row (a toLocaleDateString per row makes a formatter per row). */
const DATE = new Intl.DateTimeFormat('nl-NL');

function CaseList() {
  const [rows, setRows] = useState<CaseRow[]>();
  const [query, setQuery] = useState('');
  useEffect(() => {
    void request<CaseRow[]>('cases', 'readonly', (s) => s.getAll()).then((all) =>
      setRows(all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))),
    );
  }, []);
  const keys = useMemo(() => rows?.map((r) => searchKey(r.name)), [rows]);
  const q = searchKey(query);
  const shown = rows && keys && q ? rows.filter((_, i) => keys[i]!.includes(q)) : (rows ?? []);
  return h(
    'main',
    { className: 'page home' },
    h('h1', null, 'Vandaag'),
    h('input', {
      type: 'search',
      'aria-label': 'Zoeken',
      value: query,
      onChange: (e: { target: HTMLInputElement }) => setQuery(e.target.value),
    }),
    h(
      'ul',
      { className: 'case-grid' },
      ...shown.map((row, i) =>
        h(
          'li',
          { key: row.id, 'aria-setsize': shown.length, 'aria-posinset': i + 1 },
          h(
            'a',
            { className: 'case-card', href: `#/case/${encodeURIComponent(row.id)}` },
            h('span', { className: 'case-card-name' }, row.name),
            h('span', { className: 'case-card-lang' }, row.language),
            h('span', { className: 'case-card-next' }, DATE.format(new Date(row.updatedAt))),
          ),
        ),
      ),
    ),
  );
}

function CaseTiles({ caseId }: { caseId: string }) {
  const [row, setRow] = useState<CaseRow>();
  const [chosen, setChosen] = useState<string>();
  const answerKey = `${caseId}|${__FLOOR_QUESTION__}`;
  useEffect(() => {
    void request<CaseRow | undefined>('cases', 'readonly', (s) => s.get(caseId)).then(setRow);
    void request<{ tileId: string } | undefined>('answers', 'readonly', (s) =>
      s.get(answerKey),
    ).then((a) => setChosen(a?.tileId));
  }, [caseId, answerKey]);
  const tap = (tileId: string) => {
    setChosen(tileId);
    void request('answers', 'readwrite', (s) =>
      s.put({
        key: answerKey,
        caseId,
        questionId: __FLOOR_QUESTION__,
        tileId,
        at: new Date().toISOString(),
      }),
    );
  };
  return h(
    'main',
    { className: 'page case-page' },
    h('dl', { className: 'facts' }, h('dt', null, 'Naam'), h('dd', null, row?.name ?? '')),
    h(
      'div',
      { className: 'tile-grid' },
      ...__FLOOR_TILES__.map((tile) =>
        h(
          'button',
          {
            key: tile.id,
            type: 'button',
            className: `tile ${chosen === tile.id ? 'is-selected' : ''}`,
            'data-tile': tile.id,
            'aria-pressed': chosen === tile.id,
            onClick: () => tap(tile.id),
          },
          h('img', { src: tile.src, alt: '', width: 104, height: 104 }),
          h('span', { className: 'tile-label' }, tile.label),
        ),
      ),
    ),
  );
}

const caseOf = (hash: string) => /^#\/case\/([^/]+)/.exec(hash)?.[1];

function Floor() {
  const [unlocked, setUnlocked] = useState(false);
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (!unlocked) return h(PinPad, { onUnlock: () => setUnlocked(true) });
  const caseId = caseOf(hash);
  const screen: ReactNode = caseId
    ? h(CaseTiles, { key: caseId, caseId: decodeURIComponent(caseId) })
    : h(CaseList);
  return screen;
}

createRoot(document.getElementById('root')!).render(h(Floor));
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
