// The municipality's tablets: name and model, whose, last contact, state, and the two ways to revoke one —
// retire (it sends what it still has, then wipes itself) or lost or stolen (it wipes at its next contact).
import { useTranslation } from 'react-i18next';
import type { PeopleDeviceRow } from '../../../protocol/people';
import { formatWhen, revokeChoices, type RevokeMode } from './peopleModel';
import { PeopleTableFrame } from './PeopleTableFrame';

const STATE_CHIP = {
  active: 'chip',
  retiring: 'chip chip-soon',
  revoked: 'chip chip-sync-error',
} as const;

export function DevicesTable({
  devices,
  onRevoke,
}: {
  devices: PeopleDeviceRow[];
  onRevoke(device: PeopleDeviceRow, mode: RevokeMode): void;
}) {
  const { t, i18n } = useTranslation();
  if (devices.length === 0) return <p className="empty">{t('backoffice.people.devices.none')}</p>;
  const when = (iso: string | null) => formatWhen(iso, i18n.language) ?? t('devices.never');
  return (
    <PeopleTableFrame
      testId="people-devices"
      caption={t('backoffice.people.devices.heading')}
      heads={[
        t('backoffice.people.devices.tablet'),
        t('backoffice.people.devices.person'),
        t('backoffice.people.devices.contact'),
        t('backoffice.people.actions'),
      ]}
    >
      {devices.map((d) => (
        <tr key={d.id} data-device={d.id}>
          <th scope="row">
            <span className="people-who">
              <span>{d.name}</span>
              {d.model ? <span className="hint">{d.model}</span> : null}
              <span className={STATE_CHIP[d.state]}>
                {t(`backoffice.people.devices.state.${d.state}`)}
              </span>
            </span>
          </th>
          <td className="people-email">{d.email}</td>
          <td>
            <span className="people-who hint">
              <span>{t('devices.lastSeen', { when: when(d.lastSeenAt) })}</span>
              <span>{t('devices.lastSync', { when: when(d.lastSyncAt) })}</span>
            </span>
          </td>
          <td>
            <div className="people-actions">
              {revokeChoices(d.state).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  className={`button ${mode === 'lost' ? 'button-quiet people-danger' : 'button-secondary'}`}
                  onClick={() => onRevoke(d, mode)}
                >
                  {t(`devices.mode.${mode}`)}
                  <span className="visually-hidden">: {d.name}</span>
                </button>
              ))}
            </div>
          </td>
        </tr>
      ))}
    </PeopleTableFrame>
  );
}
