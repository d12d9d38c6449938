// The registration date on the case page: estimated deadline said plainly until it is set; set, it is shown.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCase } from '../../domain/caseDoc';
import { createCase } from '../../domain/commands';
import { summarizeCase } from '../../domain/summary';
import { initI18n } from '../i18n/i18n';
import { RegistrationDate } from './RegistrationDate';
import { LiveDoc } from '../testing/LiveDoc';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

const Harness = ({ doc }: { doc: Y.Doc }) => (
  <LiveDoc doc={doc}>
    {(run) => (
      <RegistrationDate registrationDate={readCase(doc).profile.registrationDate} run={run} />
    )}
  </LiveDoc>
);

describe('RegistrationDate', () => {
  it('says the deadline is estimated until the date is set, then shows the date and counts the PIP from it', async () => {
    const doc = new Y.Doc();
    createCase(doc, { id: 'c', name: 'Hawa', language: 'so', now: '2026-02-01T00:00:00.000Z' });
    render(<Harness doc={doc} />);
    expect(screen.getByTestId('registration-date').textContent).toContain(
      'de PIP-termijn is geschat',
    );
    fireEvent.change(screen.getByLabelText('Ingeschreven in de gemeente'), {
      target: { value: '2026-01-15' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Datum bewaren' })));
    expect(screen.getByTestId('registration-date').textContent).toContain('15 januari 2026');
    expect(summarizeCase(doc, '2026-02-02T00:00:00.000Z').pipDeadline).toBe(
      '2026-03-26T00:00:00.000Z',
    );
  });
});
