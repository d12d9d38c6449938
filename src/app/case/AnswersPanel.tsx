// The consultant's view of what was said, in Dutch, per conversation (newest first) and topic: who
// answered, drawings as thumbnails, answers given apart that differ waiting for her choice, the
// questions that only got "I don't understand / know / rather not / later" set apart, the end-screen
// faces and the sentences a tolk flagged.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOMAINS, findQuestion } from '../../content/catalog';
import { chooseAnswer } from '../../domain/answers';
import { groupAnswers } from '../../domain/answerView';
import { readTranslationFlags, type TranslationFlag } from '../../domain/conversationEnd';
import { readDrawings, type Drawing } from '../../domain/drawings';
import { ANSWER_FLAGS, type Conversation } from '../../domain/types';
import { useDocReader } from '../hooks/useDocReader';
import { Pictogram } from '../ui/Pictogram';
import { AnswerOrigin, AnswerText } from './AnswerText';
import { ConflictChoice } from './ConflictChoice';
import { FeedbackLine, TolkFlags } from './ConversationExtras';
import { DrawingThumb } from './DrawingThumb';

interface Props {
  conversations: Conversation[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
  doc?: Y.Doc;
}

const ALL_QUESTION_IDS = DOMAINS.flatMap((d) => d.questions.map((q) => q.id));
const NO_DRAWINGS: Drawing[] = [];
const NO_FLAGS: TranslationFlag[] = [];

export function AnswersPanel({ conversations, run, doc }: Props) {
  const { t } = useTranslation();
  const drawings = useDocReader(doc, readDrawings, NO_DRAWINGS);
  const flags = useDocReader(doc, readTranslationFlags, NO_FLAGS);
  if (conversations.length === 0) return null;
  const drawingById = new Map(drawings.map((d) => [d.id, d]));
  return (
    <section
      className="answers-panel"
      aria-labelledby="answers-heading"
      data-testid="answers-panel"
    >
      <h2 id="answers-heading">{t('answers.heading')}</h2>
      {[...conversations].reverse().map((conversation) => (
        <ConversationAnswers
          key={conversation.id}
          conversation={conversation}
          run={run}
          drawingById={drawingById}
          flags={flags.filter((f) => f.conversationId === conversation.id)}
          doc={doc}
        />
      ))}
    </section>
  );
}

interface ConversationProps {
  conversation: Conversation;
  run: Props['run'];
  drawingById: Map<string, Drawing>;
  flags: TranslationFlag[];
  doc?: Y.Doc;
}

function ConversationAnswers({ conversation, run, drawingById, flags, doc }: ConversationProps) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const groups = groupAnswers(ALL_QUESTION_IDS, conversation.answers, conversation.conflicts);
  const said = new Set(groups.said);
  const answered = DOMAINS.map((domain) => ({
    domain,
    items: domain.questions.filter((q) => said.has(q.id)),
  })).filter((g) => g.items.length > 0);
  const flagged = ANSWER_FLAGS.filter((flag) => groups.flagged[flag]?.length);
  const choose = (questionId: string, entryId: string) =>
    void run((doc) => chooseAnswer(doc, { conversationId: conversation.id, questionId, entryId }));
  return (
    <div className="answers-conversation" data-conversation={conversation.id}>
      <h3>
        {t('answers.title', { type: t(`conversationType.${conversation.type}`) })}
        {conversation.private ? (
          <span className="chip chip-private"> {t('answers.private')}</span>
        ) : null}
      </h3>
      {answered.length === 0 && flagged.length === 0 ? (
        <p className="empty">{t('answers.none')}</p>
      ) : null}
      {answered.map(({ domain, items }) => (
        <div key={domain.id} className="answers-domain">
          <h4>
            <Pictogram name={domain.pictogram} size={32} />
            {nl(domain.titleKey)}
          </h4>
          <dl>
            {items.map((q) => {
              const answer = conversation.answers[q.id]!;
              const conflict = conversation.conflicts[q.id];
              const drawing = answer.drawingRef ? drawingById.get(answer.drawingRef) : undefined;
              return (
                <div
                  key={q.id}
                  className={`answer-row ${conflict ? 'has-conflict' : ''}`}
                  data-question={q.id}
                >
                  <dt>{nl(q.textKey)}</dt>
                  <dd>
                    {conflict ? (
                      <ConflictChoice
                        question={q}
                        answers={conflict}
                        onChoose={(entryId) => choose(q.id, entryId)}
                        doc={doc}
                      />
                    ) : (
                      <>
                        {drawing && drawing.strokes.length > 0 ? (
                          <DrawingThumb drawing={drawing} label={nl(q.textKey)} />
                        ) : null}
                        <AnswerText question={q} answer={answer} doc={doc} />
                        <AnswerOrigin answer={answer} />
                      </>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
      {flagged.length > 0 ? (
        <div className="answers-flagged" data-testid="flagged">
          <h4>{t('answers.notAnswered')}</h4>
          <dl>
            {flagged.map((flag) => (
              <div key={flag} className="answer-row" data-flag={flag}>
                <dt>{t(`flag.${flag}`)}</dt>
                <dd>
                  <ul className="plain-list">
                    {groups.flagged[flag]!.map((id) => (
                      <li key={id}>{nl(findQuestion(id)?.textKey ?? id)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {conversation.feedback ? <FeedbackLine feedback={conversation.feedback} /> : null}
      <TolkFlags flags={flags} />
    </div>
  );
}
