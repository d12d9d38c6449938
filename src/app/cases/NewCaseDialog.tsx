// Creating a case offline: name, language (by endonym) and, if known, birth year.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../content/languages';
import { DomainError } from '../../domain/errors';
import { reportProblem } from '../hooks/problems';
import { cases, keepInSync } from '../services';
import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { FormFooter } from '../ui/FormFooter';

export function NewCaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const [name, setName] = useState('');
  // Nothing chosen beforehand: a case in the wrong language is worse than one more tap.
  const [language, setLanguage] = useState<string | null>(null);
  const [birthYear, setBirthYear] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = birthYear ? Number(birthYear) : undefined;
    if (!name.trim()) return setError(t('newCase.nameRequired'));
    if (!language) return setError(t('newCase.languageRequired'));
    if (
      year !== undefined &&
      (!Number.isInteger(year) || year < 1900 || year > new Date().getFullYear())
    ) {
      return setError(t('newCase.yearInvalid'));
    }
    setBusy(true);
    try {
      const id = crypto.randomUUID();
      // The case page holds the case itself; this dialog lets go of the hold create() hands back.
      (
        await cases.create({
          id,
          name,
          language,
          ...(year !== undefined ? { birthYear: year } : {}),
        })
      ).release();
      keepInSync(id);
      onClose();
      navigate({ name: 'case', caseId: id });
    } catch (e) {
      // A name of only spaces the domain refuses is the field's own problem; anything else goes to the banner.
      if (e instanceof DomainError && e.code === 'name-required')
        setError(t('newCase.nameRequired'));
      else reportProblem(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog titleId="new-case-title" onClose={onClose}>
      <form onSubmit={submit} className="form" noValidate>
        <h2 id="new-case-title">{t('newCase.title')}</h2>
        <label className="field">
          <span>{t('newCase.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            required
          />
        </label>
        <fieldset className="field">
          <legend>{t('newCase.language')}</legend>
          <div className="choice-row language-choices">
            {LANGUAGES.map((l) => (
              <label
                key={l.code}
                className={`choice language-choice ${language === l.code ? 'is-selected' : ''}`}
              >
                <input
                  type="radio"
                  name="language"
                  value={l.code}
                  checked={language === l.code}
                  onChange={() => setLanguage(l.code)}
                />
                <span lang={l.code} dir={l.dir} className="language-endonym">
                  {l.endonym}
                </span>
                {l.code === 'nl' ? null : <span className="language-dutch">{l.dutchName}</span>}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('newCase.birthYear')}</span>
          <input
            inputMode="numeric"
            value={birthYear}
            onChange={(e) => setBirthYear(e.target.value.replace(/\D/g, ''))}
            maxLength={4}
          />
        </label>
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={t('newCase.create')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
