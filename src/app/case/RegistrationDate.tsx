// The day he was registered in the municipality, on the case page: shown, and set or corrected by the
// consultant; the PIP's ten weeks count from it (until then the deadline is estimated from the intake).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { setRegistrationDate } from '../../domain/commands';

interface Props {
  registrationDate?: string;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function RegistrationDate({ registrationDate, run }: Props) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState(registrationDate ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (day) await run((doc) => setRegistrationDate(doc, { date: day }));
  };
  const shown = registrationDate
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${registrationDate}T00:00:00Z`),
      )
    : undefined;
  return (
    <form className="registration-date" onSubmit={submit} data-testid="registration-date">
      <label className="field" htmlFor="registration-date-input">
        {t('case.registered')}
      </label>
      <p>{shown ?? <span className="hint">{t('case.registeredNone')}</span>}</p>
      <div className="registration-date-row">
        <input
          id="registration-date-input"
          type="date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          max={new Date().toISOString().slice(0, 10)}
          required
        />
        <button
          type="submit"
          className="button button-secondary"
          disabled={!day || day === registrationDate}
        >
          {t('case.saveRegistered')}
        </button>
      </div>
    </form>
  );
}
