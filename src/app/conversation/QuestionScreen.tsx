// One question at a time: own language big, Dutch small, picture answers, and the four ways out.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { findDomain } from '../../content/catalog';
import type { Domain, Question } from '../../content/types';
import { answerQuestion, chooseTile, type AnswerQuestionInput, type QuestionRules } from '../../domain/answers';
import { currentAuthor } from '../author';
import { nextQuestionId, visibleQuestions } from '../../domain/flow';
import { drawingIdFor } from '../../domain/drawings';
import { answerWithVoice } from '../../domain/voice';
import type { RecordedVoice } from '../audio/VoiceRecorder';
import type { Answer, Conversation } from '../../domain/types';
import { useAppStore } from '../state/store';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';
import { SpeakButton } from '../ui/SpeakButton';
import { AnswerArea } from './AnswerArea';
import { ConversationBar } from './ConversationBar';
import { FlagRow } from './FlagRow';
import { FlagSentence } from './FlagSentence';
import { RecordPrompt } from '../audio/RecordPrompt';
import { contentPromptKey, questionPhotoKey } from '../audio/promptKeys';
import { ContentPicture } from '../photos/ContentPicture';
import { ProgressDots } from './ProgressDots';
import { useConversation } from './useConversation';

interface Props {
  caseId: string;
  conversationId: string;
  domainId: string;
  questionId?: string;
}

export function QuestionScreen({ caseId, conversationId, domainId, questionId }: Props) {
  const navigate = useAppStore((s) => s.navigate);
  const { conversation, run, loaded } = useConversation(caseId, conversationId);
  const doc = loaded.status === 'ready' ? loaded.handle.doc : undefined;
  const domain = findDomain(domainId);
  const hideSensitive = conversation?.hideSensitive ?? false;
  // Only questions of this conversation for the inburgeraar: no observation of the consultant, no
  // sensitive question she left out, no follow-up not asked for — also not by typing its URL.
  const visible = conversation && domain ? visibleQuestions(domain, conversation.answers, { hideSensitive }) : [];
  const question = visible.find((q) => q.id === questionId);
  const stray = !!conversation && !!domain && !!questionId && !question;
  useEffect(() => {
    if (!stray || !conversation || !domain) return;
    const next = nextQuestionId(domain, conversation.answers, undefined, { hideSensitive });
    navigate({ name: 'question', caseId, conversationId, domainId, ...(next ? { questionId: next } : {}) }, { replace: true });
  }, [stray, conversation, domain, hideSensitive, navigate, caseId, conversationId, domainId]);
  if (!conversation || !domain || stray) return null;
  const toTopics = () => navigate({ name: 'talk', caseId, conversationId, step: 'topics' });

  const answeredBy = conversation.participants.tolk ? 'via-tolk' : 'inburgeraar';
  const goNext = async (questionId: string, saved: Answer | undefined) => {
    // Let the chosen tile light up for a moment, then the next question slides in.
    await new Promise((resolve) => setTimeout(resolve, 350));
    const answers = saved ? { ...conversation.answers, [questionId]: saved } : conversation.answers;
    const next = nextQuestionId(domain, answers, questionId, { hideSensitive: conversation.hideSensitive ?? false });
    navigate({ name: 'question', caseId, conversationId, domainId, ...(next ? { questionId: next } : {}) }, { replace: true });
  };
  const rulesOf = (id: string): QuestionRules => {
    const q = domain.questions.find((x) => x.id === id);
    return { forConsultantOnly: q?.answeredBy === 'consultant', sensitive: q?.sensitivity === 'sensitive' };
  };
  const answer = async (input: AnswerInput, advance: boolean) => {
    let saved: Answer | undefined;
    const ok = await run((doc) => {
      saved = answerQuestion(doc, {
        ...input,
        rules: rulesOf(input.questionId),
        conversationId,
        language: conversation.language,
        answeredBy,
        author: currentAuthor(),
        now: new Date().toISOString(),
      });
    });
    if (ok && advance && saved) await goNext(input.questionId, saved);
    return ok;
  };
  const toggleTile = (questionId: string, tileId: string, chosen: boolean) =>
    run((doc) =>
      chooseTile(doc, { conversationId, questionId, tileId, chosen, language: conversation.language, answeredBy, author: currentAuthor(), now: new Date().toISOString(), rules: rulesOf(questionId) }),
    );
  const answerByVoice = (questionId: string, voice: RecordedVoice, keep: Pick<Answer, 'value'> | undefined) =>
    run((doc) =>
      answerWithVoice(doc, {
        questionId,
        voice,
        ...(keep?.value ? { value: keep.value } : {}),
        rules: rulesOf(questionId),
        conversationId,
        language: conversation.language,
        answeredBy,
        author: currentAuthor(),
        now: new Date().toISOString(),
      }),
    );
  const actions: AnswerActions = { answer, answerByVoice, toggleTile, next: (questionId) => void goNext(questionId, undefined) };

  return (
    <div className="conversation">
      <ConversationBar caseId={caseId} lang={conversation.language} conversationId={conversationId} onBack={toTopics}>
        <Bilingual i18nKey={domain.titleKey} lang={conversation.language} className="bar-title" />
        <ProgressDots
          domain={domain}
          conversation={conversation}
          currentId={question?.id}
          onGo={(id) => navigate({ name: 'question', caseId, conversationId, domainId, questionId: id }, { replace: true })}
        />
      </ConversationBar>
      {question ? (
        <QuestionBody key={question.id} question={question} conversation={conversation} actions={actions} run={run} doc={doc} />
      ) : (
        <DomainDone domain={domain} conversation={conversation} onTopics={toTopics} />
      )}
    </div>
  );
}

type AnswerInput = Omit<AnswerQuestionInput, 'conversationId' | 'language' | 'answeredBy' | 'now' | 'author' | 'rules'>;

/** What the answer area may do: answer (replacing), toggle a tile of a multi-choice set, or move on. */
interface AnswerActions {
  answer(input: AnswerInput, advance: boolean): Promise<boolean>;
  /** His voice as the answer, keeping what was written for it. */
  answerByVoice(questionId: string, voice: RecordedVoice, keep: Pick<Answer, 'value'> | undefined): Promise<boolean>;
  toggleTile(questionId: string, tileId: string, chosen: boolean): Promise<boolean>;
  next(questionId: string): void;
}

interface BodyProps {
  question: Question;
  conversation: Conversation;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
  doc?: Y.Doc;
  actions: AnswerActions;
}

function QuestionBody({ question, conversation, actions, run, doc }: BodyProps) {
  const onAnswer = actions.answer;
  const { i18n } = useTranslation();
  const [simpler, setSimpler] = useState(false);
  const lang = conversation.language;
  const textKey = simpler && question.simpleKey ? question.simpleKey : question.textKey;
  const current = conversation.answers[question.id];
  return (
    <main className="page question" id="main">
      <div className="question-head">
        <ContentPicture
          pictogram={question.pictogram}
          photoKey={questionPhotoKey(question.id)}
          alt={i18n.getFixedT(lang, 'content')(textKey)}
          size={112}
          className="question-picture"
        />
        <div className="question-text">
          <Bilingual i18nKey={textKey} lang={lang} as="h1" />
          {simpler ? <Bilingual i18nKey="talk.askTolk" ns="common" lang={lang} as="p" className="hint" /> : null}
          <FlagSentence conversationId={conversation.id} textKey={textKey} lang={lang} run={run} />
        </div>
        <SpeakButton text={i18n.getFixedT(lang, 'content')(textKey)} lang={lang} promptKey={contentPromptKey(textKey)} />
        <RecordPrompt promptKey={contentPromptKey(textKey)} lang={lang} />
      </div>
      <AnswerArea
        question={question}
        lang={lang}
        current={current}
        onAnswer={(value, advance) => onAnswer({ questionId: question.id, value, ...(current?.audioRef ? { audioRef: current.audioRef } : {}) }, advance)}
        onToggleTile={(tileId, chosen) => actions.toggleTile(question.id, tileId, chosen)}
        onNext={() => actions.next(question.id)}
        drawingId={drawingIdFor(conversation.id, question.id)}
        doc={doc}
        run={run}
        onDrawing={(drawingRef, advance) => onAnswer({ questionId: question.id, drawingRef }, advance)}
        onVoice={(voice) => actions.answerByVoice(question.id, voice, current)}
      />
      <FlagRow
        lang={lang}
        current={current?.flag}
        onFlag={(flag) => {
          if (flag === 'not-understood') {
            setSimpler(true);
            return void onAnswer({ questionId: question.id, flag }, false);
          }
          return void onAnswer({ questionId: question.id, flag }, true);
        }}
      />
    </main>
  );
}

function DomainDone({ domain, conversation, onTopics }: { domain: Domain; conversation: Conversation; onTopics: () => void }) {
  const lang = conversation.language;
  const count = visibleQuestions(domain, conversation.answers, { hideSensitive: conversation.hideSensitive ?? false }).length;
  return (
    <main className="page domain-done" id="main">
      <Pictogram name={domain.pictogram} size={160} />
      <Bilingual i18nKey="talk.domainDone" ns="common" lang={lang} as="h1" values={{ count }} />
      <button type="button" className="button button-primary button-huge" onClick={onTopics}>
        <Bilingual i18nKey="talk.otherTopic" ns="common" lang={lang} />
      </button>
    </main>
  );
}
