// Installing on the home screen: the app's own button where the browser offers it, picture steps on an iPad,
// "already installed" from the home screen; and "klaar voor onderweg" on an iPad's Safari asks for the home screen.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { ReadinessChip } from '../ui/ReadinessChip';
import { InstallCard } from './InstallHelp';
import { listenForInstallPrompt, resetInstallPromptForTests } from './installPrompt';

const IPAD =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const original = { userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints };

const pretend = (userAgent: string, maxTouchPoints: number, standalone = false) => {
  Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(navigator, 'maxTouchPoints', { value: maxTouchPoints, configurable: true });
  Object.defineProperty(navigator, 'standalone', { value: standalone, configurable: true });
  resetInstallPromptForTests();
};

/** Chromium's beforeinstallprompt, with the answer the user gives in the browser's dialog. */
const offerInstall = (outcome: 'accepted' | 'dismissed') => {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
};

beforeAll(async () => {
  await initI18n();
  listenForInstallPrompt();
});
beforeEach(() => pretend(ANDROID, 10));
afterEach(() => {
  cleanup();
  pretend(original.userAgent, original.maxTouchPoints);
});

describe('InstallCard', () => {
  it("offers the app's own button when the browser offers to install, and says when it is on the home screen", async () => {
    render(<InstallCard />);
    expect(screen.queryByTestId('install-button')).toBeNull();
    const event = offerInstall('accepted');
    expect(event.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Zet op beginscherm' }));
    await waitFor(() => expect(event.prompt).toHaveBeenCalledOnce());
    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.getByTestId('install-state').textContent).toContain(
      'De app staat nu op het beginscherm',
    );
  });

  it("falls back to the browser's menu when the user says no", async () => {
    render(<InstallCard />);
    offerInstall('dismissed');
    fireEvent.click(screen.getByTestId('install-button'));
    await screen.findByText(/niet op het beginscherm gezet/);
    expect(screen.queryByTestId('install-button')).toBeNull();
    expect(screen.getByText(/App installeren/)).toBeTruthy();
  });

  it('shows the Share → Add to Home Screen steps in pictures on an iPad', () => {
    pretend(IPAD, 5);
    render(<InstallCard />);
    const steps = screen.getByTestId('install-apple').querySelectorAll('.install-step');
    expect(steps).toHaveLength(3);
    expect(steps[0]!.querySelector('svg')).toBeTruthy();
    expect(steps[0]!.textContent).toContain('deelknop');
    expect(steps[1]!.textContent).toContain('Zet op beginscherm');
    expect(steps[2]!.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(screen.getByText(/begint leeg/)).toBeTruthy();
  });

  it('says so when the app is opened from the home screen', () => {
    pretend(IPAD, 5, true);
    render(<InstallCard />);
    expect(screen.getByTestId('install-state').textContent).toContain(
      'geopend als app vanaf het beginscherm',
    );
    expect(screen.queryByTestId('install-apple')).toBeNull();
  });
});

describe('klaar voor onderweg on an iPad', () => {
  it("warns Safari's tab about the seven days and shows how to add the app to the home screen", async () => {
    pretend(IPAD, 5);
    render(<ReadinessChip />);
    fireEvent.click(await screen.findByTestId('readiness'));
    const gap = await waitFor(() => {
      const item = document.querySelector('li[data-gap="storage-seven-days"]');
      expect(item).toBeTruthy();
      return item!;
    });
    expect(gap.textContent).toContain('zeven dagen');
    expect(gap.querySelector('[data-testid="install-apple"]')).toBeTruthy();
    expect(document.querySelector('li[data-gap="storage-not-persisted"]')).toBeNull();
  });

  it('has no seven-day gap from the home screen', async () => {
    pretend(IPAD, 5, true);
    render(<ReadinessChip />);
    fireEvent.click(await screen.findByTestId('readiness'));
    await screen.findByRole('heading', { name: 'Klaar voor onderweg?' });
    expect(document.querySelector('li[data-gap="storage-seven-days"]')).toBeNull();
  });
});
