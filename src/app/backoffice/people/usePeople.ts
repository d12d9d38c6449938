// The municipality's people and tablets from the back-office API, and the changes a manager makes to them: each
// change goes to the server first and the screen shows the server's answer; a failure is thrown to the caller,
// which says it in plain words.
import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../../protocol/roles';
import type {
  PeopleDeviceRow,
  PersonRow,
  TemporaryPasswordResponse,
} from '../../../protocol/people';
import { backoffice } from '../../services';
import { failureCode, insertByEmail, replaceById, type RevokeMode } from './peopleModel';

export type PeopleState =
  | { status: 'loading' }
  | { status: 'ready'; people: PersonRow[]; devices: PeopleDeviceRow[] }
  | { status: 'failed'; reason: string };

const BASE = '/api/backoffice/people';

export interface PeopleActions {
  create(email: string, role: Role): Promise<TemporaryPasswordResponse>;
  changeRole(userId: string, role: Role): Promise<PersonRow>;
  resetPassword(userId: string): Promise<TemporaryPasswordResponse>;
  setDisabled(userId: string, disabled: boolean): Promise<PersonRow>;
  revoke(deviceId: string, mode: RevokeMode): Promise<PeopleDeviceRow>;
}

const fetchAll = async () => {
  const [people, devices] = await Promise.all([
    backoffice.get<PersonRow[]>(BASE),
    backoffice.get<PeopleDeviceRow[]>(`${BASE}/devices`),
  ]);
  return { status: 'ready' as const, people, devices };
};

export const usePeople = (): { state: PeopleState; actions: PeopleActions } => {
  const [state, setState] = useState<PeopleState>({ status: 'loading' });

  /** Fetches both lists again (after a change whose effects reach further than one row). */
  const reload = useCallback(async () => {
    try {
      setState(await fetchAll());
    } catch (error) {
      setState({ status: 'failed', reason: failureCode(error) });
    }
  }, []);

  useEffect(() => {
    let alive = true;
    fetchAll().then(
      (next) => alive && setState(next),
      (error: unknown) => alive && setState({ status: 'failed', reason: failureCode(error) }),
    );
    return () => {
      alive = false;
    };
  }, []);

  const update = (
    fn: (
      ready: Extract<PeopleState, { status: 'ready' }>,
    ) => Partial<Extract<PeopleState, { status: 'ready' }>>,
  ) => setState((s) => (s.status === 'ready' ? { ...s, ...fn(s) } : s));

  const actions: PeopleActions = {
    create: async (email, role) => {
      const answer = await backoffice.send<TemporaryPasswordResponse>('POST', BASE, {
        email,
        role,
      });
      update((s) => ({ people: insertByEmail(s.people, answer.person) }));
      return answer;
    },
    changeRole: async (userId, role) => {
      const person = await backoffice.send<PersonRow>(
        'PUT',
        `${BASE}/${encodeURIComponent(userId)}/role`,
        { role },
      );
      update((s) => ({ people: replaceById(s.people, person) }));
      return person;
    },
    resetPassword: async (userId) =>
      backoffice.send<TemporaryPasswordResponse>(
        'POST',
        `${BASE}/${encodeURIComponent(userId)}/password`,
      ),
    setDisabled: async (userId, disabled) => {
      const person = await backoffice.send<PersonRow>(
        'PUT',
        `${BASE}/${encodeURIComponent(userId)}/disabled`,
        { disabled },
      );
      // A block also stops her tablets: their states come from the server again.
      void reload();
      return person;
    },
    revoke: async (deviceId, mode) => {
      const device = await backoffice.send<PeopleDeviceRow>(
        'POST',
        `${BASE}/devices/${encodeURIComponent(deviceId)}/revoke`,
        { mode },
      );
      update((s) => ({ devices: replaceById(s.devices, device) }));
      void reload();
      return device;
    },
  };
  return { state, actions };
};
