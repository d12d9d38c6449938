// End of a conversation: what we talked about (pictures), then the inburgeraar says with faces how it was.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../content/catalog';
import {
  endConversation,
  recordFeedback,
  type ConversationFeedback,
  type Face,
} from '../../domain/conversationEnd';
import { useAppStore } from '../state/store';
import { useLockStore } from '../lock/lockStore';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';
import { SpeakButton } from '../ui/SpeakButton';
import { commonPromptKey } from '../audio/promptKeys';
import { ConversationBar } from './ConversationBar';
import { useConversation } from './useConversation';
import { agreementsFor } from '../../domain/pip/plan';
import { usePlan } from '../pip/usePip';
import { AgreementCards } from '../pip/AgreementCards';

const FACES: { face: Face; pictogram: string }[] = [
  { face: 'good', pictogram: 'faceGood' },
  { face: 'neutral', pictogram: 'faceNeutral' },
  { face: 'bad', pictogram: 'faceWorried' },
];
const ASPECTS = ['clear', 'respectful', 'length'] as const;
type Aspect = (typeof ASPECTS)[number];

export function EndScreen({ caseId, conversationId }: { caseId: string; conversationId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const { conversation, run, loaded } = useConversation(caseId, conversationId);
  const plan = usePlan(loaded.status === 'ready' ? loaded.handle.doc : undefined);
  const [chosen, setChosen] = useState<Partial<Record<Aspect, Face>>>({});
  if (!conversation) return null;
  const agreed = agreementsFor(plan.afspraken, conversation.participants);
  const lang = conversation.language;
  const talkedAbout = DOMAINS.filter((d) => d.questions.some((q) => conversation.answers[q.id]));

  const choose = async (aspect: Aspect, face: Face) => {
    const next = { ...chosen, [aspect]: face };
    setChosen(next);
    const feedback: ConversationFeedback = { ...next, at: new Date().toISOString() };
    await run((doc) => recordFeedback(doc, { conversationId, feedback }));
  };
  const finish = async () => {
    const ok = await run((doc) =>
      endConversation(doc, { conversationId, now: new Date().toISOString() }),
    );
    if (ok) useLockStore.getState().requestExit();
  };

  return (
    <div className="conversation">
      <ConversationBar
        caseId={caseId}
        lang={lang}
        conversationId={conversationId}
        onBack={() => navigate({ name: 'talk', caseId, conversationId, step: 'topics' })}
      >
        <Bilingual i18nKey="end.title" ns="common" lang={lang} as="h1" className="bar-title" />
      </ConversationBar>
      <main className="page end-screen" id="main">
        <section aria-labelledby="talked-heading">
          <h2 id="talked-heading">
            <Bilingual i18nKey="end.talkedAbout" ns="common" lang={lang} />
          </h2>
          <ul className="talked-list">
            {talkedAbout.map((d) => (
              <li key={d.id}>
                <Pictogram name={d.pictogram} size={72} />
                <Bilingual i18nKey={d.titleKey} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
        {agreed.length ? (
          <section aria-labelledby="agreed-heading" data-testid="end-agreed">
            <h2 id="agreed-heading">
              <Bilingual i18nKey="mine.agreements" ns="common" lang={lang} />
            </h2>
            <AgreementCards afspraken={agreed} lang={lang} />
            <p className="end-next">
              <Bilingual
                i18nKey="mine.talkAgain"
                ns="common"
                lang={lang}
                values={{ count: plan.beschikking.voortgangEveryMonths }}
              />
            </p>
          </section>
        ) : null}
        <section aria-labelledby="feedback-heading" className="feedback">
          <h2 id="feedback-heading">
            <Bilingual i18nKey="end.howWasIt" ns="common" lang={lang} />
          </h2>
          {ASPECTS.map((aspect) => (
            <div
              key={aspect}
              className="feedback-row"
              role="group"
              aria-labelledby={`aspect-${aspect}`}
            >
              <p id={`aspect-${aspect}`} className="feedback-question">
                <Bilingual i18nKey={`end.aspect.${aspect}`} ns="common" lang={lang} />
              </p>
              <SpeakButton
                size="small"
                hideWhenUnavailable
                text={i18n.getFixedT(lang, 'common')(`end.aspect.${aspect}`)}
                lang={lang}
                promptKey={commonPromptKey(`end.aspect.${aspect}`)}
              />
              <div className="face-row">
                {FACES.map(({ face, pictogram }) => (
                  <button
                    key={face}
                    type="button"
                    className={`face-button ${chosen[aspect] === face ? 'is-selected' : ''}`}
                    aria-pressed={chosen[aspect] === face}
                    aria-label={t(`end.face.${face}`)}
                    data-face={`${aspect}-${face}`}
                    onClick={() => void choose(aspect, face)}
                  >
                    <Pictogram name={pictogram} size={72} />
                  </button>
                ))}
              </div>
            </div>
          ))}
        </section>
        <button
          type="button"
          className="button button-primary button-huge"
          onClick={() => void finish()}
        >
          <Bilingual i18nKey="end.finish" ns="common" lang={lang} />
        </button>
      </main>
    </div>
  );
}
