// Agreement: both sign on the tablet and the plan becomes "vastgesteld" — an immutable version with its
// SHA-256, the day and who took part. A later version names why (voortgang, schakelen, afschalen, a move).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_REASONS, type VersionReason } from '../../content/pip/plan';
import { vaststellen, vaststellenProblems } from '../../domain/pip/versions';
import { currentAuthor } from '../author';
import { reportProblem } from '../hooks/problems';
import { useAppStore } from '../state/store';
import type { PlanProps } from './PlanBuilder';
import { SignaturePad } from './SignaturePad';
import { TextField } from './TextField';

export function SignSection({ caseId, snapshot, doc, run, versions }: PlanProps) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const author = currentAuthor();
  const lastTolk =
    [...snapshot.conversations].reverse().find((c) => c.participants.tolk)?.participants.tolk
      ?.name ?? '';
  const [reason, setReason] = useState<VersionReason>(versions.length ? 'voortgang' : 'first');
  const [consultant, setConsultant] = useState(
    versions.at(-1)?.participants.consultant ?? author.user ?? '',
  );
  const [tolk, setTolk] = useState(lastTolk);
  const [signatures, setSignatures] = useState<{ consultant?: string; inburgeraar?: string }>({});
  const [busy, setBusy] = useState(false);
  const now = new Date().toISOString();
  const problems = vaststellenProblems(doc, { snapshot, now, reason, signatures });
  const blocking = [...problems, ...(consultant.trim() ? [] : ['consultant-name' as const])];
  const fix = async () => {
    setBusy(true);
    try {
      const version = await vaststellen(doc, {
        snapshot,
        now: new Date().toISOString(),
        reason,
        participants: {
          consultant: consultant.trim(),
          inburgeraar: snapshot.profile.name,
          ...(tolk.trim() ? { tolk: tolk.trim() } : {}),
        },
        signatures: { consultant: signatures.consultant!, inburgeraar: signatures.inburgeraar! },
        author,
      });
      if (await run(() => undefined)) {
        setSignatures({});
        navigate({ name: 'pip', caseId, view: 'versions', versionId: version.id });
      }
    } catch (error) {
      reportProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="plan-section plan-sign"
      aria-labelledby="sign-heading"
      data-testid="plan-sign"
    >
      <h2 id="sign-heading">
        {versions.length ? t('plan.signNext', { n: versions.length + 1 }) : t('plan.sign')}
      </h2>
      {versions.length ? (
        <fieldset className="choice-row">
          <legend>{t('plan.reasonQuestion')}</legend>
          {VERSION_REASONS.filter((r) => r !== 'first').map((r) => (
            <label key={r} className={`choice${reason === r ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="version-reason"
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {t(`plan.reason.${r}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="plan-row">
        <TextField label={t('plan.consultantName')} value={consultant} onSave={setConsultant} />
        <TextField label={t('plan.tolkName')} value={tolk} onSave={setTolk} />
      </div>
      <div className="signature-pair">
        <SignaturePad
          label={t('plan.signatureOf', { name: snapshot.profile.name })}
          name={snapshot.profile.name}
          value={signatures.inburgeraar}
          onChange={(inburgeraar) => setSignatures((s) => ({ ...s, inburgeraar }))}
        />
        <SignaturePad
          label={t('plan.signatureOf', { name: consultant || t('plan.consultant') })}
          name={consultant || t('plan.consultant')}
          value={signatures.consultant}
          onChange={(c) => setSignatures((s) => ({ ...s, consultant: c }))}
        />
      </div>
      {blocking.length ? (
        <ul className="plan-problems" data-testid="plan-problems">
          {blocking.map((p) => (
            <li key={p}>{t(`plan.problem.${p}`)}</li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="button button-primary button-huge"
        disabled={blocking.length > 0 || busy}
        onClick={() => void fix()}
      >
        {t('plan.vaststellen')}
      </button>
    </section>
  );
}
