// The leerroute on the case page, for the consultant: the leerbaarheidstoets (day, result), the app's advice
// with its reasons in words, and her decision — with why, when she chooses otherwise than advised.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  LEERBAARHEID_RESULTS,
  LEERROUTES,
  type LeerbaarheidResult,
  type Leerroute,
} from '../../content/pip/leerroutes';
import { adviseLeerroute, type LeerrouteReason } from '../../domain/leerrouteAdvice';
import { leerrouteFacts } from '../../domain/leerrouteFacts';
import { decideLeerroute, readLeerroute, recordLeerbaarheid } from '../../domain/pip/leerroute';
import type { CaseSnapshot } from '../../domain/types';
import { currentAuthor } from '../author';

interface Props {
  snapshot: CaseSnapshot;
  doc: Y.Doc;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

const today = () => new Date().toISOString().slice(0, 10);

export function LeerroutePanel({ snapshot, doc, run }: Props) {
  const { t, i18n } = useTranslation();
  const state = readLeerroute(doc);
  const now = new Date().toISOString();
  const advice = adviseLeerroute(leerrouteFacts(snapshot, now, state.latestTest?.result));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const reason = (r: LeerrouteReason) =>
    t(`pip.reason.${r.code}`, {
      ...r,
      ...('result' in r ? { result: t(`pip.result.${r.result}`) } : {}),
    });

  return (
    <section
      className="leerroute-panel"
      aria-labelledby="leerroute-heading"
      data-testid="leerroute"
    >
      <h2 id="leerroute-heading">{t('pip.leerroute')}</h2>
      <div className="leerroute-columns">
        <TestForm
          run={run}
          latest={
            state.latestTest
              ? `${date.format(new Date(state.latestTest.date))} — ${t(`pip.result.${state.latestTest.result}`)}`
              : undefined
          }
        />
        <div className="leerroute-advice" data-testid="leerroute-advice">
          <h3>{t('pip.advice')}</h3>
          <p className="leerroute-route">
            {t(`pip.route.${advice.route}`)}
            {advice.provisional ? (
              <span className="chip chip-soon">{t('pip.provisional')}</span>
            ) : null}
          </p>
          <ul className="leerroute-reasons">
            {advice.reasons.map((r) => (
              <li key={r.code}>{reason(r)}</li>
            ))}
          </ul>
          {advice.watchAfschalen ? <p className="hint">{t('pip.watchAfschalen')}</p> : null}
        </div>
        <DecisionForm
          run={run}
          advised={advice.route}
          current={state.current}
          formatDate={(iso) => date.format(new Date(iso))}
        />
      </div>
    </section>
  );
}

function TestForm({ run, latest }: { run: Props['run']; latest?: string }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(today());
  const [result, setResult] = useState<LeerbaarheidResult | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!result) return;
    const ok = await run((doc) =>
      recordLeerbaarheid(doc, {
        date: day,
        result,
        now: new Date().toISOString(),
        author: currentAuthor(),
      }),
    );
    if (ok) setResult(undefined);
  };
  return (
    <form className="form leerroute-test" onSubmit={submit}>
      <h3>{t('pip.test')}</h3>
      <p data-testid="leerbaarheid-latest">{latest ?? t('pip.testNone')}</p>
      <label className="field">
        <span>{t('pip.testDate')}</span>
        <input
          type="date"
          value={day}
          max={today()}
          onChange={(e) => setDay(e.target.value)}
          required
        />
      </label>
      <fieldset className="choice-column">
        <legend>{t('pip.testResult')}</legend>
        {LEERBAARHEID_RESULTS.map((r) => (
          <label key={r} className={`choice${result === r ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="leerbaarheid"
              checked={result === r}
              onChange={() => setResult(r)}
            />
            {t(`pip.result.${r}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-secondary" disabled={!result || !day}>
        {t('pip.saveTest')}
      </button>
    </form>
  );
}

function DecisionForm({
  run,
  advised,
  current,
  formatDate,
}: {
  run: Props['run'];
  advised: Leerroute;
  current?: ReturnType<typeof readLeerroute>['current'];
  formatDate(iso: string): string;
}) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Leerroute | undefined>();
  const [why, setWhy] = useState('');
  const needsWhy = route !== undefined && route !== advised;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!route || (needsWhy && !why.trim())) return;
    const ok = await run((doc) =>
      decideLeerroute(doc, {
        route,
        advised,
        why,
        now: new Date().toISOString(),
        author: currentAuthor(),
      }),
    );
    if (ok) {
      setRoute(undefined);
      setWhy('');
    }
  };
  return (
    <form className="form leerroute-decision" onSubmit={submit}>
      <h3>{t('pip.decision')}</h3>
      <p data-testid="leerroute-current">
        {current
          ? t('pip.decided', {
              route: t(`pip.route.${current.route}`),
              date: formatDate(current.at),
            })
          : t('pip.notDecided')}
        {current?.why ? (
          <span className="leerroute-why"> {t('pip.because', { why: current.why })}</span>
        ) : null}
      </p>
      <fieldset className="choice-column">
        <legend>{t('pip.choose')}</legend>
        {LEERROUTES.map((r) => (
          <label key={r} className={`choice${route === r ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="leerroute"
              checked={route === r}
              onChange={() => setRoute(r)}
            />
            {t(`pip.route.${r}`)}
            {r === advised ? <span className="hint"> {t('pip.advised')}</span> : null}
          </label>
        ))}
      </fieldset>
      {needsWhy ? (
        <label className="field">
          <span>{t('pip.why')}</span>
          <textarea value={why} onChange={(e) => setWhy(e.target.value)} rows={2} required />
        </label>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        disabled={!route || (needsWhy && !why.trim())}
      >
        {t('pip.decide')}
      </button>
    </form>
  );
}
