// One person's role: a labelled select and a save button that appears once another role is chosen, so a
// keyboard's arrow keys never change a role by themselves.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../protocol/people';
import type { Role } from '../../../protocol/roles';
import { ROLE_CHOICES } from './peopleModel';

export function RoleCell({
  person,
  onSave,
}: {
  person: PersonRow;
  onSave(role: Role): Promise<void>;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Role>(person.role);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await onSave(chosen);
    } catch {
      setChosen(person.role); // refused: the select shows the role she still has (the reason is said above)
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="people-role">
      <select
        aria-label={t('backoffice.people.roleOf', { email: person.email })}
        value={chosen}
        onChange={(e) => setChosen(e.target.value as Role)}
      >
        {ROLE_CHOICES.map((r) => (
          <option key={r} value={r}>
            {t(`backoffice.people.roles.${r}`)}
          </option>
        ))}
      </select>
      {chosen !== person.role ? (
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('backoffice.people.saveRole')}
          <span className="visually-hidden">: {person.email}</span>
        </button>
      ) : null}
    </div>
  );
}
