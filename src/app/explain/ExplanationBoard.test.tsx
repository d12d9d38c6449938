// Tests of the board of explanation cards in the conversation: big picture cards, understood ones checked.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXPLANATION_CARDS } from '../../content/explanations';
import { startConversation } from '../../domain/commands';
import { recordExplanation } from '../../domain/explanations';
import { initI18n } from '../i18n/i18n';
import { cases } from '../services';
import { ExplanationBoard } from './ExplanationBoard';
import nlExplain from '../../../locales/nl/explain.json';

beforeAll(async () => {
  await initI18n();
  i18next.addResourceBundle('nl', 'explain', nlExplain, true, false);
});
afterEach(cleanup);

describe('ExplanationBoard', () => {
  it('shows every card as a picture card, checks the understood ones live, and chooses one', async () => {
    const handle = await cases.create({ id: 'board-case', name: 'Samira', language: 'nl' });
    startConversation(handle.doc, {
      id: 'v1',
      type: 'intake-b',
      language: 'nl',
      now: '2026-11-23T10:00:00.000Z',
    });
    await handle.save();
    const onChoose = vi.fn();
    const { container } = render(
      <ExplanationBoard
        caseId="board-case"
        conversationId="v1"
        lang="nl"
        onChoose={onChoose}
        onBack={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Uitleg');
    expect(container.querySelectorAll('.topic-card')).toHaveLength(EXPLANATION_CARDS.length);
    expect(container.querySelectorAll('.topic-card.is-done')).toHaveLength(0);
    await act(async () => {
      await waitFor(() => expect(cases.get('board-case')).resolves.toBeTruthy());
      recordExplanation(handle.doc, {
        id: 'r1',
        cardId: 'ontzorgen',
        language: 'nl',
        understood: true,
        answerTileId: 'rent',
        now: '2026-11-23T10:05:00.000Z',
      });
    });
    await waitFor(() =>
      expect(container.querySelector('[data-card="ontzorgen"]')?.className).toContain('is-done'),
    );
    expect(
      screen.getByRole('button', { name: /De eerste maanden: hulp met rekeningen.*begrepen/ }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Drie leerroutes/ }));
    expect(onChoose).toHaveBeenCalledWith('leerroutes');
  });
});
