// The caseload's filters: consultant, leerroute, language, PIP status and deadline, each a plain select.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../content/languages';
import type { CaseloadQuery } from '../../protocol/backoffice';

interface Props {
  query: CaseloadQuery;
  onChange(query: CaseloadQuery): void;
  /** [user id, e-mail] of the consultants in the caseload. */
  consultants: [string, string][];
}

export function CaseloadFilters({ query, onChange, consultants }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof CaseloadQuery>(key: K, value: string) => {
    const next = { ...query };
    if (value) next[key] = value as CaseloadQuery[K];
    else delete next[key];
    onChange(next);
  };
  return (
    <form
      className="caseload-filters"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('backoffice.filters')}
    >
      <Select
        label={t('backoffice.consultant')}
        value={query.consultant}
        onChange={(v) => set('consultant', v)}
        options={consultants}
      />
      <Select
        label={t('backoffice.route')}
        value={query.route}
        onChange={(v) => set('route', v)}
        options={[
          ...(['b1', 'onderwijs', 'z'] as const).map(
            (r) => [r, t(`pip.route.${r}`)] as [string, string],
          ),
          ['none', t('backoffice.noRoute')],
        ]}
      />
      <Select
        label={t('backoffice.language')}
        value={query.language}
        onChange={(v) => set('language', v)}
        options={LANGUAGES.map((l) => [l.code, l.dutchName])}
      />
      <Select
        label={t('backoffice.status')}
        value={query.status}
        onChange={(v) => set('status', v)}
        options={[
          ['pip-open', t('backoffice.pipOpen')],
          ['pip-vastgesteld', t('backoffice.pipDone')],
        ]}
      />
      <Select
        label={t('backoffice.deadline')}
        value={query.deadline}
        onChange={(v) => set('deadline', v)}
        options={[
          ['overdue', t('backoffice.overdue')],
          ['soon', t('backoffice.soon')],
        ]}
      />
    </form>
  );
}

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value?: string;
  onChange(v: string): void;
  options: [string, string][];
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('backoffice.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
