// The live case index: watchers of the same search share one read, a read ahead serves the first render, and
// any change to the cases table makes that read ahead go.
import { describe, expect, it, vi } from 'vitest';
import { CaseRepository } from './caseRepository';
import type { CaseRow } from './db';
import { openDb } from './db';
import { peekCases, readCasesAhead, watchCases } from './liveCases';

const NOW = '2026-11-23T10:00:00.000Z';
let counter = 0;
/** A repository on its own database holding one case; case ids are unique per test (their docs are global). */
const fresh = async () => {
  const n = ++counter;
  const repo = new CaseRepository(openDb(`live-${n}`), () => NOW);
  await repo.create({ id: `a${n}`, name: 'Amanuel Tesfaye', language: 'ti' });
  return { repo, n };
};
const collect = () => {
  const seen: CaseRow[][] = [];
  return { seen, onRows: (rows: CaseRow[]) => void seen.push(rows) };
};

describe('watchCases', () => {
  it('shares one live read between watchers of the same search, and stops with the last', async () => {
    const { repo, n } = await fresh();
    const search = vi.spyOn(repo, 'search');
    const first = collect();
    const stopFirst = watchCases(repo, '', first.onRows, () => undefined);
    await vi.waitFor(() => expect(first.seen).toHaveLength(1));
    const second = collect();
    const stopSecond = watchCases(repo, '', second.onRows, () => undefined);
    await vi.waitFor(() => expect(second.seen).toHaveLength(1));
    expect(second.seen[0]).toBe(first.seen[0]);
    expect(search).toHaveBeenCalledTimes(1);
    expect(peekCases(repo, '')).toBe(first.seen[0]);

    // A change reaches every watcher from the one read.
    await repo.create({ id: `b${n}`, name: 'Samira Haddad', language: 'ar' });
    await vi.waitFor(() =>
      expect(
        second.seen
          .at(-1)
          ?.map((r) => r.name)
          .sort(),
      ).toEqual(['Amanuel Tesfaye', 'Samira Haddad']),
    );
    expect(first.seen.at(-1)).toBe(second.seen.at(-1));

    stopFirst();
    stopSecond();
    expect(peekCases(repo, '')).toBeUndefined();
    await repo.closeAll();
  });
});

describe('readCasesAhead', () => {
  it('reads a search once for the first render, and forgets it when a case changes', async () => {
    const { repo, n } = await fresh();
    expect(peekCases(repo, '')).toBeUndefined();
    await readCasesAhead(repo, '');
    expect(peekCases(repo, '')?.map((r) => r.id)).toEqual([`a${n}`]);
    await repo.create({ id: `b${n}`, name: 'Samira Haddad', language: 'ar' });
    expect(peekCases(repo, '')).toBeUndefined();
    await repo.closeAll();
  });
});
