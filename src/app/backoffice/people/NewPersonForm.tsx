// Adding a person: e-mail address and role (with what the role may do); the server answers with a temporary
// password the caller shows once. A refusal (address taken, not valid) is said beside the form.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../protocol/roles';
import { failureCode, failureKey, ROLE_CHOICES } from './peopleModel';

export function NewPersonForm({
  onCreate,
}: {
  onCreate(email: string, role: Role): Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('consultant');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(email.trim(), role);
      setEmail('');
      setRole('consultant');
    } catch (error) {
      setFailure(failureKey(failureCode(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="people-card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${id}-heading`}>{t('backoffice.people.new.heading')}</h3>
      <div className="people-new">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('backoffice.people.new.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            required
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('backoffice.people.new.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            aria-describedby={`${id}-role-hint`}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLE_CHOICES.map((r) => (
              <option key={r} value={r}>
                {t(`backoffice.people.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('backoffice.people.new.add')}
        </button>
      </div>
      <p className="hint" id={`${id}-role-hint`}>
        {t(`backoffice.people.roleHint.${role}`)}
      </p>
      {failure ? (
        <p className="form-error" role="alert">
          {t(failure)}
        </p>
      ) : null}
    </form>
  );
}
