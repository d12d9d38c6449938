// The vastgestelde versions: each with its day, reason, who took part and whether its content still has the
// hash it was signed with; any two compared; each printable as a letter and a picture plan.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyVersion, type PipVersion } from '../../domain/pip/versions';
import { useAppStore } from '../state/store';
import { CompareVersions } from './CompareVersions';

export function VersionsView({ caseId, versions }: { caseId: string; versions: PipVersion[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const verified = useVerified(versions);
  const [before, setBefore] = useState(Math.max(0, versions.length - 2));
  const [after, setAfter] = useState(versions.length - 1);
  const ids = { before: useId(), after: useId() };
  if (versions.length === 0) return <p className="empty">{t('plan.noVersion')}</p>;
  // Versions may arrive by sync while this is open: keep the choice within what exists.
  const from = Math.min(Math.max(0, before), versions.length - 1);
  const to = Math.min(Math.max(0, after), versions.length - 1);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="versions-view">
      <section className="plan-section" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('plan.versions')}</h2>
        <ol className="version-list">
          {versions.map((v, i) => (
            <li key={v.id} className="version-row" data-testid="version">
              <span className="version-number">{t('plan.versionN', { n: i + 1 })}</span>
              <span>
                <time dateTime={v.at}>{day.format(new Date(v.at))}</time> ·{' '}
                {t(`plan.reason.${v.reason}`)}
                <br />
                <span className="hint">
                  {[v.participants.inburgeraar, v.participants.consultant, v.participants.tolk]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span
                className={`chip ${verified.get(v.id) === false ? 'chip-overdue' : 'chip-calm'}`}
                title={v.hash}
                data-testid="version-hash"
              >
                {verified.get(v.id) === false
                  ? t('plan.hashBroken')
                  : t('plan.hashOk', { hash: v.hash.slice(0, 8) })}
              </span>
              <span className="version-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => navigate({ name: 'pip', caseId, view: 'letter', versionId: v.id })}
                >
                  {t('plan.letter')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    navigate({ name: 'pip', caseId, view: 'picture', versionId: v.id })
                  }
                >
                  {t('plan.picture')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      </section>
      {versions.length > 1 ? (
        <section className="plan-section" aria-labelledby="compare-heading">
          <h2 id="compare-heading">{t('plan.compare')}</h2>
          <div className="plan-row">
            <VersionSelect
              id={ids.before}
              label={t('plan.compareFrom')}
              versions={versions}
              value={from}
              onChange={setBefore}
            />
            <VersionSelect
              id={ids.after}
              label={t('plan.compareTo')}
              versions={versions}
              value={to}
              onChange={setAfter}
            />
          </div>
          <CompareVersions before={versions[from]!} after={versions[to]!} />
        </section>
      ) : null}
    </div>
  );
}

function VersionSelect({
  id,
  label,
  versions,
  value,
  onChange,
}: {
  id: string;
  label: string;
  versions: PipVersion[];
  value: number;
  onChange(i: number): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field plan-narrow">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v, i) => (
          <option key={v.id} value={i}>
            {t('plan.versionN', { n: i + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Each version's hash checked against its content once (Web Crypto is asynchronous). */
const useVerified = (versions: PipVersion[]): Map<string, boolean> => {
  const [verified, setVerified] = useState(new Map<string, boolean>());
  useEffect(() => {
    let alive = true;
    void Promise.all(versions.map(async (v) => [v.id, await verifyVersion(v)] as const)).then(
      (pairs) => alive && setVerified(new Map(pairs)),
    );
    return () => {
      alive = false;
    };
  }, [versions]);
  return verified;
};
