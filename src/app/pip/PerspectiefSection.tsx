// Ambitie × mogelijkheden = perspectief: his long-term goal, in his words, and the steps towards it (study,
// work, proefdagen, volunteering, a course). "Maak een realistisch plan, maar blijf dromen."
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  PERSPECTIVE_FIELDS,
  STEP_KINDS,
  STEP_KIND_IDS,
  type StepKind,
} from '../../content/pip/plan';
import { answersForFields } from '../../domain/pip/intakeLinks';
import { removeStep, saveStep, setGoal, setGoalVoice, type Step } from '../../domain/pip/plan';
import { addVoiceClip } from '../../domain/voice';
import { VoicePlay } from '../audio/VoicePlay';
import { VoiceRecorder, type RecordedVoice } from '../audio/VoiceRecorder';
import { canRecord } from '../audio/useRecorder';
import type { CaseSnapshot } from '../../domain/types';
import { currentAuthor } from '../author';
import { Pictogram } from '../ui/Pictogram';
import { IntakeSaid } from './IntakeSaid';
import { TextField } from './TextField';
import { today, writeNow } from './usePip';

interface Props {
  snapshot: CaseSnapshot;
  doc: Y.Doc;
  goal: string;
  goalVoice?: string;
  entries: Record<string, string[]>;
  steps: Step[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function PerspectiefSection({ snapshot, doc, goal, goalVoice, steps, entries, run }: Props) {
  const { t } = useTranslation();
  const w = () => ({ ...writeNow(), author: currentAuthor() });
  const lang = snapshot.profile.language;
  const keepVoice = (voice: RecordedVoice) =>
    run((d) =>
      setGoalVoice(d, {
        clipId: addVoiceClip(d, {
          ...voice,
          language: lang,
          author: currentAuthor(),
          now: new Date().toISOString(),
        }),
        ...w(),
        replaces: entries.goalVoice ?? [],
      }),
    );
  return (
    <section
      className="plan-section"
      aria-labelledby="perspectief-heading"
      data-testid="plan-perspectief"
    >
      <h2 id="perspectief-heading">{t('plan.perspectief')}</h2>
      <IntakeSaid links={answersForFields(snapshot, PERSPECTIVE_FIELDS)} doc={doc} />
      <TextField
        label={t('plan.goal')}
        value={goal}
        entries={entries.goal}
        multiline
        onSave={(text, replaces) =>
          run((d) => setGoal(d, { text, ...w(), ...(replaces ? { replaces } : {}) }))
        }
      />
      <div className="own-voice" data-testid="goal-voice">
        <span className="hint">{t('plan.goalVoice')}</span>
        {canRecord() ? <VoiceRecorder lang={lang} onKeep={keepVoice} /> : null}
        {goalVoice ? <VoicePlay doc={doc} clipId={goalVoice} lang={lang} /> : null}
      </div>
      <ul className="step-list">
        {steps.map((s) => (
          <li key={s.id} className="step-row" data-testid="step">
            <Pictogram name={STEP_KINDS[s.kind]} size={40} />
            <span>
              <strong>{s.what}</strong>{' '}
              <span className="hint">
                {t(`plan.step.${s.kind}`)}
                {s.when ? ` · ${s.when}` : ''}
              </span>
            </span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void run((doc) => removeStep(doc, { id: s.id, ...w() }))}
            >
              {t('plan.remove')}
            </button>
          </li>
        ))}
      </ul>
      <StepForm run={run} />
    </section>
  );
}

function StepForm({ run }: { run: Props['run'] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<StepKind | undefined>();
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind || !what.trim()) return;
    const ok = await run((doc) =>
      saveStep(doc, {
        kind,
        what,
        ...(when ? { when } : {}),
        ...writeNow(),
        author: currentAuthor(),
      }),
    );
    if (ok) {
      setKind(undefined);
      setWhat('');
      setWhen('');
    }
  };
  return (
    <form className="form step-form" onSubmit={submit}>
      <fieldset className="step-kinds">
        <legend>{t('plan.addStep')}</legend>
        {STEP_KIND_IDS.map((k) => (
          <label key={k} className={`step-kind${kind === k ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="step-kind"
              className="visually-hidden"
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <Pictogram name={STEP_KINDS[k]} size={40} />
            {t(`plan.step.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind ? (
        <div className="plan-row">
          <label className="field">
            <span>{t('plan.what')}</span>
            <input value={what} onChange={(e) => setWhat(e.target.value)} required />
          </label>
          <label className="field plan-narrow">
            <span>{t('plan.when')}</span>
            <input
              type="date"
              value={when}
              min={today()}
              onChange={(e) => setWhen(e.target.value)}
            />
          </label>
          <button type="submit" className="button button-primary" disabled={!what.trim()}>
            {t('plan.save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
