// The plan builder over a live case: the intake's needs become agreements, basis op orde gets a status and who
// acts, and the plan is vastgesteld only once both have signed — then as a version with its hash.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion } from '../../domain/answers';
import { readCase } from '../../domain/caseDoc';
import { createCase, startConversation } from '../../domain/commands';
import { decideLeerroute } from '../../domain/pip/leerroute';
import { readPlan } from '../../domain/pip/plan';
import { parseContent, readVersions } from '../../domain/pip/versions';
import { initI18n } from '../i18n/i18n';
import { LiveDoc } from '../testing/LiveDoc';
import { PlanBuilder } from './PlanBuilder';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

const Harness = ({ doc }: { doc: Y.Doc }) => (
  <LiveDoc doc={doc}>
    {(run) => (
      <PlanBuilder
        caseId="c"
        snapshot={readCase(doc)}
        doc={doc}
        run={run}
        versions={readVersions(doc)}
      />
    )}
  </LiveDoc>
);

const finishedIntake = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c', name: 'Samira', language: 'ar', now: '2026-11-01T10:00:00.000Z' });
  startConversation(doc, {
    id: 'a',
    type: 'intake-a',
    language: 'ar',
    now: '2026-11-01T10:00:00.000Z',
  });
  answerQuestion(doc, {
    conversationId: 'a',
    questionId: 'family.childcare',
    value: { kind: 'tiles', tileIds: ['yes'] },
    language: 'ar',
    answeredBy: 'inburgeraar',
    now: '2026-11-01T10:05:00.000Z',
  });
  return doc;
};

describe('PlanBuilder', () => {
  it('offers the intake need as an agreement and shows what he said beside kinderopvang', async () => {
    const doc = finishedIntake();
    render(<Harness doc={doc} />);
    expect(within(screen.getByTestId('basis-kinderopvang')).getByText(/Ja/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '+ Kinderopvang regelen' }));
    const form = screen.getByTestId('afspraak-form');
    expect(within(form).getByLabelText('Wat')).toHaveProperty('value', 'Kinderopvang regelen');
    fireEvent.change(within(form).getByLabelText('Wie'), { target: { value: 'gemeente' } });
    fireEvent.change(within(form).getByLabelText('Wanneer'), { target: { value: '2027-01-15' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Bewaren' })));
    expect(readPlan(doc).afspraken).toEqual([
      expect.objectContaining({
        what: 'Kinderopvang regelen',
        who: 'gemeente',
        when: '2027-01-15',
        need: 'needs.kinderopvang',
      }),
    ]);
    expect(screen.queryByRole('button', { name: '+ Kinderopvang regelen' })).toBeNull();

    await act(async () =>
      fireEvent.click(
        within(screen.getByTestId('basis-income')).getByRole('button', { name: 'Bezig' }),
      ),
    );
    expect(readPlan(doc).basis.income).toEqual({ status: 'busy', who: 'gemeente' });
  });

  it('says what is missing, and makes version 1 once the route is decided and both have signed', async () => {
    const doc = finishedIntake();
    render(<Harness doc={doc} />);
    const problems = () => screen.getByTestId('plan-problems').textContent;
    expect(problems()).toContain('Leg eerst de leerroute vast');
    expect(problems()).toContain('Hij of zij tekent nog.');
    const fix = screen.getByRole('button', { name: 'Vaststellen' });
    expect(fix).toHaveProperty('disabled', true);

    act(
      () =>
        void decideLeerroute(doc, { route: 'b1', advised: 'b1', now: '2026-11-20T10:00:00.000Z' }),
    );
    const his = screen.getByLabelText('Of typ de naam van Samira');
    const hers = screen.getByLabelText('Of typ de naam van de consulent');
    fireEvent.change(his, { target: { value: 'Samira' } });
    fireEvent.change(hers, { target: { value: 'Consulent Jansen' } });
    const name = screen.getByLabelText('Naam van de consulent');
    fireEvent.change(name, { target: { value: 'Jansen' } });
    fireEvent.blur(name);
    expect(screen.queryByTestId('plan-problems')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Vaststellen' })));
    // The hash is computed with Web Crypto (asynchronous): wait for the version, not for a fixed time.
    await waitFor(() => expect(readVersions(doc)).toHaveLength(1));
    const [version] = readVersions(doc);
    expect(version).toMatchObject({
      reason: 'first',
      participants: { consultant: 'Jansen', inburgeraar: 'Samira' },
    });
    expect(version!.signatures).toEqual({
      inburgeraar: 'text:Samira',
      consultant: 'text:Consulent Jansen',
    });
    expect(parseContent(version!).leerroute.route).toBe('b1');
    expect(version!.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
