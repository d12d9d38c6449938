// "Mijn plan": one page in pictures that someone who cannot read can follow — his goal, the steps, who does
// what and when, and when we talk again — in his language first; printed through the browser, offline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../content/languages';
import { STEP_KINDS } from '../../content/pip/plan';
import { parseContent, type PipVersion } from '../../domain/pip/versions';
import { Bilingual, DraftNotice } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';
import { AgreementCards, DayLeaf } from './AgreementCards';
import { PrintBar } from './PrintBar';
import { useLanguageLoaded } from './useLanguageLoaded';

const ROUTE_PICTOGRAMS: Record<string, string> = {
  b1: 'speakingHead',
  onderwijs: 'graduationCap',
  z: 'peopleDialogue',
};

export function PicturePlanView({ version }: { version: PipVersion }) {
  const { t } = useTranslation();
  const content = parseContent(version);
  const [lang, setLang] = useState(content.person.language);
  const ready = useLanguageLoaded(lang);
  const [withPrivate, setWithPrivate] = useState(false);
  if (!ready) return null;
  const afspraken = Object.values(content.afspraken)
    .filter((a) => withPrivate || !a.private)
    .sort((a, b) => (a.when ?? '9999').localeCompare(b.when ?? '9999'));
  const steps = Object.values(content.steps).sort((a, b) =>
    (a.when ?? '9999').localeCompare(b.when ?? '9999'),
  );
  const hasPrivate = Object.values(content.afspraken).some((a) => a.private);
  return (
    <article
      className="picture-plan"
      data-testid="picture-plan"
      aria-label={t('plan.picture')}
      dir={directionOf(lang)}
    >
      <PrintBar
        lang={lang}
        onLang={setLang}
        hasPrivate={hasPrivate}
        withPrivate={withPrivate}
        onWithPrivate={setWithPrivate}
      />
      <header className="picture-head">
        <Bilingual i18nKey="mine.title" ns="common" lang={lang} as="h2" />
        <p className="picture-name">{content.person.name}</p>
        {lang !== 'nl' ? <DraftNotice lang={lang} /> : null}
      </header>
      {content.goal ? (
        <section className="picture-goal">
          <Pictogram name="shootingStar" size={80} />
          <span>
            <Bilingual i18nKey="mine.goal" ns="common" lang={lang} />
            <span className="picture-goal-text">{content.goal}</span>
          </span>
        </section>
      ) : null}
      <section className="picture-route">
        <Pictogram name={ROUTE_PICTOGRAMS[content.leerroute.route] ?? 'book'} size={64} />
        <Bilingual i18nKey={`mine.route.${content.leerroute.route}`} ns="common" lang={lang} />
        <DayLeaf day={content.term.end} lang={lang} />
      </section>
      {steps.length ? (
        <section>
          <Bilingual i18nKey="mine.steps" ns="common" lang={lang} as="h2" />
          <ul className="agreement-cards">
            {steps.map((s) => (
              <li key={s.id} className="agreement-card">
                <Pictogram name={STEP_KINDS[s.kind]} size={72} />
                <Bilingual i18nKey={`plan.step.${s.kind}`} ns="common" lang={lang} />
                <span className="agreement-what" lang="nl" dir="ltr">
                  {s.what}
                </span>
                {s.when ? <DayLeaf day={s.when} lang={lang} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <Bilingual i18nKey="mine.agreements" ns="common" lang={lang} as="h2" />
        <AgreementCards afspraken={afspraken} lang={lang} />
      </section>
      <section className="picture-next">
        <Pictogram name="peopleDialogue" size={64} />
        <Bilingual
          i18nKey="mine.talkAgain"
          ns="common"
          lang={lang}
          values={{ count: content.beschikking.voortgangEveryMonths }}
        />
      </section>
    </article>
  );
}
