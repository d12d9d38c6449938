// The municipality's people: e-mail (with "blocked" and her tablets), role, and what a manager can do — a new
// password, block or allow again. Three columns, so it fits a tablet held upright as well as a laptop.
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../protocol/people';
import type { Role } from '../../../protocol/roles';
import { formatWhen } from './peopleModel';
import { RoleCell } from './RoleCell';
import { PeopleTableFrame } from './PeopleTableFrame';

interface Props {
  people: PersonRow[];
  /** The signed-in manager, marked "(u)". */
  selfId: string | undefined;
  onChangeRole(person: PersonRow, role: Role): Promise<void>;
  onResetPassword(person: PersonRow): void;
  onBlock(person: PersonRow): void;
  onUnblock(person: PersonRow): void;
}

export function PeopleTable({
  people,
  selfId,
  onChangeRole,
  onResetPassword,
  onBlock,
  onUnblock,
}: Props) {
  const { t, i18n } = useTranslation();
  if (people.length === 0) return <p className="empty">{t('backoffice.people.none')}</p>;
  return (
    <PeopleTableFrame
      testId="people"
      caption={t('backoffice.people.heading')}
      heads={[
        t('backoffice.people.person'),
        t('backoffice.people.role'),
        t('backoffice.people.actions'),
      ]}
    >
      {people.map((p) => {
        const lastActive = formatWhen(p.lastSeenAt, i18n.language);
        return (
          <tr key={p.id} data-person={p.id} className={p.disabled ? 'people-blocked' : undefined}>
            <th scope="row">
              <span className="people-who">
                <span className="people-email">
                  {p.email}{' '}
                  {p.id === selfId ? (
                    <span className="hint">{t('backoffice.people.you')}</span>
                  ) : null}
                </span>
                {p.disabled ? (
                  <span className="chip chip-sync-error">{t('backoffice.people.blocked')}</span>
                ) : null}
                <span className="hint">
                  {[
                    t('backoffice.people.tablets', { count: p.activeDevices }),
                    lastActive
                      ? t('backoffice.people.lastActive', { when: lastActive })
                      : undefined,
                    t('backoffice.people.since', {
                      date: formatWhen(p.createdAt, i18n.language, false),
                    }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </th>
            <td>
              <RoleCell key={p.role} person={p} onSave={(role) => onChangeRole(p, role)} />
            </td>
            <td>
              <div className="people-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onResetPassword(p)}
                >
                  {t('backoffice.people.reset.button')}
                  <span className="visually-hidden">: {p.email}</span>
                </button>
                {p.disabled ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => onUnblock(p)}
                  >
                    {t('backoffice.people.block.undo')}
                    <span className="visually-hidden">: {p.email}</span>
                  </button>
                ) : (
                  <button type="button" className="button button-quiet" onClick={() => onBlock(p)}>
                    {t('backoffice.people.block.button')}
                    <span className="visually-hidden">: {p.email}</span>
                  </button>
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </PeopleTableFrame>
  );
}
