// People and tablets of the municipality (teamleider, beheerder): add a person (a temporary password shown once),
// change roles, give a new password, block and allow again; see every tablet and retire it or report it lost,
// each change that cannot be taken back lightly behind a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleDeviceRow, PersonRow } from '../../../protocol/people';
import type { Role } from '../../../protocol/roles';
import { useAppStore } from '../../state/store';
import { FailureNotice } from '../FailureNotice';
import { ConfirmDialog } from './ConfirmDialog';
import { DevicesTable } from './DevicesTable';
import { NewPersonForm } from './NewPersonForm';
import { OneTimePassword } from './OneTimePassword';
import { PeopleTable } from './PeopleTable';
import { failureCode, failureKey, type RevokeMode } from './peopleModel';
import { usePeople } from './usePeople';
import './people.css';

type Open =
  | { kind: 'password'; email: string; password: string }
  | { kind: 'reset'; person: PersonRow }
  | { kind: 'block'; person: PersonRow }
  | { kind: 'revoke'; device: PeopleDeviceRow; mode: RevokeMode };

type Notice = { tone: 'status' | 'alert'; text: string };

export default function PeopleSection() {
  const { t } = useTranslation();
  const { state, actions } = usePeople();
  const selfId = useAppStore((s) =>
    s.session.status === 'signed-out' ? undefined : s.session.user.id,
  );
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const close = () => setOpen(null);
  const say = (key: string, values: Record<string, string> = {}) =>
    setNotice({ tone: 'status', text: t(key, values) });
  const sayFailure = (error: unknown) =>
    setNotice({ tone: 'alert', text: t(failureKey(failureCode(error))) });

  const create = async (email: string, role: Role) => {
    const answer = await actions.create(email, role);
    say('backoffice.people.new.added', { email: answer.person.email });
    setOpen({ kind: 'password', email: answer.person.email, password: answer.temporaryPassword });
  };
  const changeRole = async (person: PersonRow, role: Role) => {
    try {
      await actions.changeRole(person.id, role);
      say('backoffice.people.roleSaved', {
        email: person.email,
        role: t(`backoffice.people.roles.${role}`),
      });
    } catch (error) {
      sayFailure(error);
      throw error;
    }
  };
  const unblock = async (person: PersonRow) => {
    try {
      await actions.setDisabled(person.id, false);
      say('backoffice.people.block.undone', { email: person.email });
    } catch (error) {
      sayFailure(error);
    }
  };

  return (
    <div className="people">
      <p className="people-notice" role="status">
        {notice?.tone === 'status' ? notice.text : null}
      </p>
      <p className="people-notice people-notice-alert" role="alert">
        {notice?.tone === 'alert' ? notice.text : null}
      </p>
      <section className="people-part" aria-labelledby="people-heading">
        <h2 id="people-heading">{t('backoffice.people.heading')}</h2>
        <p className="hint">{t('backoffice.people.intro')}</p>
        <NewPersonForm onCreate={create} />
        {state.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
        {state.status === 'failed' ? <FailureNotice reason={state.reason} /> : null}
        {state.status === 'ready' ? (
          <PeopleTable
            people={state.people}
            selfId={selfId}
            onChangeRole={changeRole}
            onResetPassword={(person) => setOpen({ kind: 'reset', person })}
            onBlock={(person) => setOpen({ kind: 'block', person })}
            onUnblock={(person) => void unblock(person)}
          />
        ) : null}
      </section>
      {state.status === 'ready' ? (
        <section className="people-part" aria-labelledby="people-devices-heading">
          <h2 id="people-devices-heading">{t('backoffice.people.devices.heading')}</h2>
          <p className="hint">{t('backoffice.people.devices.intro')}</p>
          <DevicesTable
            devices={state.devices}
            onRevoke={(device, mode) => setOpen({ kind: 'revoke', device, mode })}
          />
        </section>
      ) : null}

      {open?.kind === 'password' ? (
        <OneTimePassword email={open.email} password={open.password} onClose={close} />
      ) : null}
      {open?.kind === 'reset' ? (
        <ConfirmDialog
          title={t('backoffice.people.reset.title', { email: open.person.email })}
          confirmLabel={t('backoffice.people.reset.confirm')}
          onClose={close}
          onConfirm={async () => {
            const answer = await actions.resetPassword(open.person.id);
            setOpen({
              kind: 'password',
              email: answer.person.email,
              password: answer.temporaryPassword,
            });
          }}
        >
          <p>{t('backoffice.people.reset.text')}</p>
        </ConfirmDialog>
      ) : null}
      {open?.kind === 'block' ? (
        <ConfirmDialog
          title={t('backoffice.people.block.title', { email: open.person.email })}
          confirmLabel={t('backoffice.people.block.confirm')}
          danger
          onClose={close}
          onConfirm={async () => {
            await actions.setDisabled(open.person.id, true);
            say('backoffice.people.block.done', { email: open.person.email });
            close();
          }}
        >
          <p>{t('backoffice.people.block.text')}</p>
          <p className="hint">{t('backoffice.people.block.advice')}</p>
        </ConfirmDialog>
      ) : null}
      {open?.kind === 'revoke' ? (
        <ConfirmDialog
          title={t('devices.revokeTitle', { name: open.device.name })}
          confirmLabel={t(`devices.confirm.${open.mode}`, { name: open.device.name })}
          danger={open.mode === 'lost'}
          onClose={close}
          onConfirm={async () => {
            await actions.revoke(open.device.id, open.mode);
            say(`backoffice.people.devices.done.${open.mode}`, { name: open.device.name });
            close();
          }}
        >
          <p>
            <strong>{t(`devices.mode.${open.mode}`)}</strong>: {t(`devices.modeHint.${open.mode}`)}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
