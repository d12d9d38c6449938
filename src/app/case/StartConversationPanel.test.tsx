// Starting a conversation with the partner present, or without him at the person's wish: a private conversation
// is recorded as such and is never continued while the partner sits beside.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import { createCase } from '../../domain/commands';
import { initI18n } from '../i18n/i18n';
import { StartConversationPanel } from './StartConversationPanel';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

const panel = (doc: Y.Doc) => (
  <StartConversationPanel
    caseId="c"
    defaultLanguage="ar"
    conversations={readCase(doc).conversations}
    run={async (command) => {
      command(doc);
      return true;
    }}
  />
);

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c', name: 'Amina', language: 'ar', now: '2026-11-01T10:00:00.000Z' });
  return doc;
};

describe('StartConversationPanel', () => {
  it('starts a private conversation without the partner; with the partner present that choice is not offered', async () => {
    const doc = newCase();
    render(panel(doc));
    fireEvent.click(screen.getByLabelText('Partner'));
    expect(screen.queryByLabelText(/Gesprek zonder partner/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Partner'));
    fireEvent.click(screen.getByLabelText(/Gesprek zonder partner/));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Begin het gesprek/ })),
    );
    expect(readCase(doc).conversations).toEqual([
      expect.objectContaining({ type: 'intake-a', private: true, participants: {} }),
    ]);
  });

  it('with the partner present, starts a new conversation instead of continuing the private one', async () => {
    const doc = newCase();
    const first = render(panel(doc));
    fireEvent.click(screen.getByLabelText(/Gesprek zonder partner/));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Begin het gesprek/ })),
    );
    first.unmount();
    render(panel(doc));
    fireEvent.click(screen.getByLabelText('Partner'));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Begin het gesprek/ })),
    );
    const conversations = readCase(doc).conversations;
    expect(conversations).toHaveLength(2);
    expect(conversations[1]).toMatchObject({ participants: { partner: {} } });
    expect(conversations[1]?.private).toBeUndefined();
  });
});
