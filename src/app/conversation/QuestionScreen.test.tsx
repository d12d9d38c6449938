// A tap on the question screen does only what the tap needs: its answer is written at once, the case index row
// follows once for several quick taps, and the screen reads only the conversation again (never the whole case)
// and re-renders only the parts whose answer changed.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as caseDoc from '../../domain/caseDoc';
import { startConversation } from '../../domain/commands';
import { i18next, initI18n } from '../i18n/i18n';
import { cases } from '../services';
import { useAppStore } from '../state/store';
import { QuestionScreen } from './QuestionScreen';

vi.mock('../../domain/caseDoc', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../domain/caseDoc')>();
  return { ...original, readCase: vi.fn(original.readCase) };
});
/** Renders of the question's own picture (the head of the screen), by question. */
const headRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../photos/ContentPicture', () => ({
  ContentPicture: ({ photoKey, className }: { photoKey: string; className?: string }) => {
    if (className === 'question-picture')
      headRenders.set(photoKey, (headRenders.get(photoKey) ?? 0) + 1);
    return <span data-photo={photoKey} />;
  },
}));

const NOW = '2026-11-23T10:00:00.000Z';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

const openCase = async (caseId: string) => {
  const handle = await cases.create({ id: caseId, name: 'Samira', language: 'nl' });
  startConversation(handle.doc, { id: 'v1', type: 'intake-a', language: 'nl', now: NOW });
  await handle.save();
  handle.release();
};
/** Writes to the update log of one case (not of another test's case closing meanwhile). */
const updateWrites = (adds: { mock: { instances: unknown[] } }, caseId: string) =>
  adds.mock.instances.filter(
    (store) =>
      (store as IDBObjectStore).name === 'updates' &&
      (store as IDBObjectStore).transaction.db.name.endsWith(caseId),
  ).length;

describe('QuestionScreen', () => {
  it('writes each tap at once, counts quick taps in one index write, and never reads the whole case', async () => {
    await openCase('tap-case');
    // The screen applies the conversation's language (Dutch again) as it opens; every text re-renders once for it.
    const languageApplied = new Promise<void>((resolve) => {
      const applied = () => {
        i18next.off('languageChanged', applied);
        resolve();
      };
      i18next.on('languageChanged', applied);
    });
    render(
      <QuestionScreen
        caseId="tap-case"
        conversationId="v1"
        domainId="family"
        questionId="family.household"
      />,
    );
    await screen.findByRole('button', { name: /Met mijn partner/ });
    await act(() => languageApplied);
    vi.mocked(caseDoc.readCase).mockClear();
    headRenders.clear();
    const adds = vi.spyOn(IDBObjectStore.prototype, 'add');
    // The repository's one writer of index rows.
    const indexWrites = vi.spyOn(cases as unknown as { index: () => Promise<void> }, 'index');

    // Three quick taps: each tile's own write, and each tile shows as stored.
    const tiles = [/Met mijn partner/, /Met mijn kinderen/, /Met mijn ouders/];
    await act(async () => {
      for (const name of tiles) fireEvent.click(screen.getByRole('button', { name }));
    });
    await waitFor(() => expect(updateWrites(adds, 'tap-case')).toBe(3));
    for (const name of tiles)
      await waitFor(() =>
        expect(screen.getByRole('button', { name }).className).toContain('is-saved'),
      );
    // The index row: not per tap, once for the three.
    await waitFor(() => expect(indexWrites).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await waitFor(async () => expect((await cases.row('tap-case'))?.answerCount).toBe(1));
    // The one read of the whole case is the index row's summary; the screen read only the conversation.
    expect(vi.mocked(caseDoc.readCase).mock.calls.length).toBeLessThanOrEqual(1);
    // The question itself did not render again for its answer.
    expect(headRenders.get('question:family.household') ?? 0).toBe(0);
  });

  it('answers a single choice with one tap and goes on to the next question', async () => {
    await openCase('next-case');
    const navigate = vi.spyOn(useAppStore.getState(), 'navigate');
    useAppStore.setState({ navigate });
    render(
      <QuestionScreen
        caseId="next-case"
        conversationId="v1"
        domainId="family"
        questionId="family.partner"
      />,
    );
    const tile = await screen.findByRole('button', { name: /Ja, in een ander land/ });
    await act(async () => void fireEvent.click(tile));
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(
        {
          name: 'question',
          caseId: 'next-case',
          conversationId: 'v1',
          domainId: 'family',
          questionId: 'family.children',
        },
        { replace: true },
      ),
    );
    const handle = await cases.get('next-case');
    expect(
      caseDoc.readConversationById(handle.doc, 'v1')?.answers['family.partner']?.value,
    ).toEqual({ kind: 'tiles', tileIds: ['partner-abroad'] });
    handle.release();
  });
});
