// Tests of the temporary password's display: shown once in full, copied with one tap (or said plainly when the
// browser cannot copy), with the sentence on handing it over safely.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { OneTimePassword } from './OneTimePassword';

beforeAll(async () => {
  await initI18n();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PASSWORD = 'k7mq-x3td-9wpe-hr4n';

describe('OneTimePassword', () => {
  it('shows the password with the warning that it is shown once, and copies it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const onClose = vi.fn();
    render(<OneTimePassword email="nieuw@example.nl" password={PASSWORD} onClose={onClose} />);
    expect(
      screen.getByRole('heading', { name: 'Tijdelijk wachtwoord voor nieuw@example.nl' }),
    ).toBeTruthy();
    expect(screen.getByTestId('temporary-password').textContent).toBe(PASSWORD);
    expect(screen.getByText('U ziet dit wachtwoord maar één keer.')).toBeTruthy();
    expect(screen.getByText(/persoonlijk of via de telefoon/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
    expect(await screen.findByText('Gekopieerd')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(PASSWORD);

    fireEvent.click(screen.getByRole('button', { name: 'Klaar, ik heb het doorgegeven' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the browser cannot copy', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    render(
      <OneTimePassword email="nieuw@example.nl" password={PASSWORD} onClose={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
    expect(
      await screen.findByText('Kopiëren lukt hier niet. Schrijf het wachtwoord over.'),
    ).toBeTruthy();
  });
});
