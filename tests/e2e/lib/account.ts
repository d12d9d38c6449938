// The demo login the server prints on an empty store, logging a tablet in with it, and the REST calls
// a beheerder's tool would make (login, case list, revoke).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './server';
import { choosePin } from './pin';

export interface Credentials {
  email: string;
  password: string;
}

export const demoLogin = async (server: RunningServer): Promise<Credentials> => {
  for (let i = 0; i < 100 && !server.output().includes('Demo login'); i++)
    await new Promise((r) => setTimeout(r, 50));
  const match = /Demo login[^:]*:\s*(\S+)\s*\/\s*(\S+)/.exec(server.output());
  if (!match?.[1] || !match[2]) throw new Error(`No demo login printed:\n${server.output()}`);
  return { email: match[1], password: match[2] };
};

/** First start of a tablet: choose the PIN, log in (naming the tablet), and wait until it is online with the server. */
export const loginTablet = async (
  page: Page,
  server: RunningServer,
  demo: Credentials,
  deviceName?: string,
): Promise<void> => {
  await page.goto(server.url);
  await choosePin(page);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByLabel('E-mailadres').fill(demo.email);
  await page.getByLabel('Wachtwoord').fill(demo.password);
  if (deviceName) await page.getByLabel('Naam van deze tablet').fill(deviceName);
  await page.getByRole('button', { name: 'Inloggen' }).last().click();
  await expect.poll(() => page.getByTestId('connectivity').textContent()).toContain('Online');
};

/** Logs in over the REST API as a separate device (e.g. the beheerder's laptop); returns its access token. */
export const apiLogin = async (
  server: RunningServer,
  demo: Credentials,
  deviceName: string,
): Promise<{ accessToken: string; deviceId: string }> => {
  const response = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...demo, deviceName }),
  });
  if (!response.ok) throw new Error(`Login failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { accessToken: string; deviceId: string };
};

export const revokeDeviceOverApi = async (
  server: RunningServer,
  accessToken: string,
  deviceId: string,
): Promise<void> => {
  const response = await fetch(`${server.url}/api/devices/${encodeURIComponent(deviceId)}/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`Revoke failed: ${response.status} ${await response.text()}`);
};

export interface RemoteCase {
  caseId: string;
  name: string | null;
  assignedUserId?: string | null;
  assignedToMe?: boolean;
}

export const listCasesOverApi = async (
  server: RunningServer,
  accessToken: string,
): Promise<RemoteCase[]> => {
  const response = await fetch(`${server.url}/api/cases`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`Cases failed: ${response.status}`);
  return (await response.json()) as RemoteCase[];
};
