// The leerroute panel: the test is recorded with its day, the advice shows its reasons in words, and a decision
// other than the advice asks why before it is recorded.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from '../../domain/answers';
import { readCase } from '../../domain/caseDoc';
import { createCase, startConversation } from '../../domain/commands';
import { readLeerroute } from '../../domain/pip/leerroute';
import { initI18n } from '../i18n/i18n';
import { LeerroutePanel } from './LeerroutePanel';
import { LiveDoc } from '../testing/LiveDoc';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

/** The panel over a live doc, re-rendered on every change as the case page is. */
const Harness = ({ doc }: { doc: Y.Doc }) => (
  <LiveDoc doc={doc}>
    {(run) => <LeerroutePanel snapshot={readCase(doc)} doc={doc} run={run} />}
  </LiveDoc>
);

const caseWithIntake = () => {
  const doc = new Y.Doc();
  createCase(doc, {
    id: 'c',
    name: 'Yonas',
    language: 'ti',
    birthYear: 1990,
    now: '2026-11-01T10:00:00.000Z',
  });
  startConversation(doc, {
    id: 'a',
    type: 'intake-a',
    language: 'ti',
    now: '2026-11-01T10:00:00.000Z',
  });
  const tiles = (questionId: string, tileId: string) =>
    answerQuestion(doc, {
      conversationId: 'a',
      questionId,
      value: { kind: 'tiles', tileIds: [tileId] },
      language: 'ti',
      answeredBy: 'inburgeraar',
      now: '2026-11-01T10:05:00.000Z',
    });
  tiles('languages.read-own', 'no');
  answerQuestion(doc, {
    conversationId: 'a',
    questionId: 'education.years',
    value: { kind: 'number', value: 1 },
    language: 'ti',
    answeredBy: 'inburgeraar',
    now: '2026-11-01T10:06:00.000Z',
  });
  return doc;
};

describe('LeerroutePanel', () => {
  it('advises provisionally from the intake, then from the recorded test, with reasons in words', async () => {
    const doc = caseWithIntake();
    render(<Harness doc={doc} />);
    const advice = screen.getByTestId('leerroute-advice');
    expect(advice.textContent).toContain('Z-route (zelfredzaamheid)');
    expect(advice.textContent).toContain('voorlopig');
    expect(advice.textContent).toContain('Leest niet in de eigen taal en ging weinig naar school');
    expect(screen.getByTestId('leerbaarheid-latest').textContent).toBe('Nog niet gedaan.');

    fireEvent.change(screen.getByLabelText('Gedaan op'), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByLabelText('B1 haalbaar'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Uitslag bewaren' })));
    expect(readLeerroute(doc).latestTest).toMatchObject({
      date: '2026-11-20',
      result: 'b1-haalbaar',
    });
    expect(screen.getByTestId('leerbaarheid-latest').textContent).toContain('B1 haalbaar');
    expect(advice.textContent).toContain('B1-route');
    expect(advice.textContent).toContain('Leerbaarheidstoets: B1 haalbaar.');
    expect(advice.textContent).not.toContain('voorlopig');
  });

  it('records a decision as advised at once, and asks why before recording another route', async () => {
    const doc = caseWithIntake();
    render(<Harness doc={doc} />);
    const decide = () => screen.getByRole('button', { name: 'Leerroute vastleggen' });
    expect(decide()).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText(/B1-route/));
    expect(screen.getByLabelText('Waarom anders dan het advies?')).toBeTruthy();
    expect(decide()).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Waarom anders dan het advies?'), {
      target: { value: 'Leert snel; eerst proberen met B1.' },
    });
    await act(async () => fireEvent.click(decide()));
    expect(readLeerroute(doc).current).toMatchObject({
      route: 'b1',
      advised: 'z',
      why: 'Leert snel; eerst proberen met B1.',
    });
    expect(screen.getByTestId('leerroute-current').textContent).toContain('Vastgelegd: B1-route');
    expect(screen.getByTestId('leerroute-current').textContent).toContain(
      'Waarom: Leert snel; eerst proberen met B1.',
    );

    fireEvent.click(screen.getByLabelText(/Z-route/));
    expect(screen.queryByLabelText('Waarom anders dan het advies?')).toBeNull();
    await act(async () => fireEvent.click(decide()));
    expect(readLeerroute(doc).decisions.map((d) => d.route)).toEqual(['b1', 'z']);
  });
});
