// The new-case dialog keeps a refusal about the name beside the field and sends any other to the problem banner.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../domain/errors';
import { initI18n } from '../i18n/i18n';
import { cases } from '../services';
import { useAppStore } from '../state/store';
import { NewCaseDialog } from './NewCaseDialog';

beforeAll(async () => {
  await initI18n();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  useAppStore.setState({ problem: null });
});

const fillIn = () => {
  fireEvent.change(screen.getByRole('textbox', { name: 'Naam' }), { target: { value: 'Samira' } });
  fireEvent.click(screen.getByRole('radio', { name: /العربية/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Maken' }));
};

describe('NewCaseDialog', () => {
  it('shows the name refusal beside the form', async () => {
    vi.spyOn(cases, 'create').mockRejectedValue(
      new DomainError('name-required', 'A case needs a name.'),
    );
    render(<NewCaseDialog onClose={() => undefined} />);
    fillIn();
    expect(await screen.findByText('Vul een naam in.')).toBeTruthy();
    expect(useAppStore.getState().problem).toBeNull();
  });

  it('sends another refusal to the banner instead of asking for a name', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(cases, 'create').mockRejectedValue(
      new DomainError('case-exists', 'This document already holds a case.'),
    );
    const onClose = vi.fn();
    render(<NewCaseDialog onClose={onClose} />);
    fillIn();
    await waitFor(() =>
      expect(useAppStore.getState().problem?.detail).toBe('This document already holds a case.'),
    );
    expect(screen.queryByText('Vul een naam in.')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});
