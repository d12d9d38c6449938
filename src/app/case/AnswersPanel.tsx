// The consultant's view of the answers, in Dutch, grouped by topic; newest conversation first.
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../content/catalog';
import type { Question } from '../../content/types';
import type { Answer, Conversation } from '../../domain/types';
import { Pictogram } from '../ui/Pictogram';

function AnswerText({ question, answer }: { question: Question; answer: Answer }) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const parts: string[] = [];
  if (answer.value?.kind === 'tiles') {
    parts.push(answer.value.tileIds.map((id) => nl(question.tiles.find((tile) => tile.id === id)?.labelKey ?? id)).join(', '));
  } else if (answer.value?.kind === 'number') parts.push(String(answer.value.value));
  if (answer.flag) parts.push(t(`flag.${answer.flag}`));
  if (answer.drawingRef) parts.push(t('answers.drawing'));
  const ownWords = answer.value?.kind === 'text' ? answer.value.text : answer.ownWords;
  return (
    <>
      <span className="answer-nl">{parts.join(' · ')}</span>
      {ownWords ? (
        <span className="answer-own" lang={answer.language}>
          “{ownWords}”
        </span>
      ) : null}
    </>
  );
}

export function AnswersPanel({ conversations }: { conversations: Conversation[] }) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const latest = conversations.at(-1);
  if (!latest) return null;
  const answered = DOMAINS.map((domain) => ({
    domain,
    items: domain.questions.filter((q) => latest.answers[q.id]).map((q) => ({ q, a: latest.answers[q.id]! })),
  })).filter((group) => group.items.length > 0);
  return (
    <section className="answers-panel" aria-labelledby="answers-heading" data-testid="answers-panel">
      <h2 id="answers-heading">{t('answers.title', { type: t(`conversationType.${latest.type}`) })}</h2>
      {answered.length === 0 ? <p className="empty">{t('answers.none')}</p> : null}
      {answered.map(({ domain, items }) => (
        <div key={domain.id} className="answers-domain">
          <h3>
            <Pictogram name={domain.pictogram} size={32} />
            {nl(domain.titleKey)}
          </h3>
          <dl>
            {items.map(({ q, a }) => (
              <div key={q.id} className="answer-row">
                <dt>{nl(q.textKey)}</dt>
                <dd>
                  <AnswerText question={q} answer={a} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
