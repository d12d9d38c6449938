// One question at a time: own language big, Dutch small, picture answers, and the four ways out.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { findDomain } from '../../content/catalog';
import type { Domain, Question } from '../../content/types';
import {
  answerQuestion,
  chooseTile,
  type AnswerQuestionInput,
  type QuestionRules,
} from '../../domain/answers';
import { currentAuthor } from '../author';
import { nextQuestionId, visibleQuestions } from '../../domain/flow';
import { drawingIdFor } from '../../domain/drawings';
import { answerWithVoice } from '../../domain/voice';
import type { RecordedVoice } from '../audio/VoiceRecorder';
import type { Answer, AnswerFlag, AnswerValue, Conversation } from '../../domain/types';
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
  const { conversation, run, loaded, readNow } = useConversation(caseId, conversationId);
  const doc = loaded.status === 'ready' ? loaded.handle.doc : undefined;
  const domain = findDomain(domainId);
  const hideSensitive = conversation?.hideSensitive ?? false;
  // Only questions of this conversation for the inburgeraar: no observation of the consultant, no
  // sensitive question she left out, no follow-up not asked for — also not by typing its URL.
  const visible =
    conversation && domain ? visibleQuestions(domain, conversation.answers, { hideSensitive }) : [];
  const question = visible.find((q) => q.id === questionId);
  const stray = !!conversation && !!domain && !!questionId && !question;
  useEffect(() => {
    if (!stray || !conversation || !domain) return;
    const next = nextQuestionId(domain, conversation.answers, undefined, { hideSensitive });
    navigate(
      { name: 'question', caseId, conversationId, domainId, ...(next ? { questionId: next } : {}) },
      { replace: true },
    );
  }, [stray, conversation, domain, hideSensitive, navigate, caseId, conversationId, domainId]);
  // The actions read the conversation as it is when they run, so they stay the same functions from tap to tap
  // and the parts of the screen they are given re-render only when what those parts show changed.
  const actions = useMemo((): AnswerActions | undefined => {
    if (!domain) return undefined;
    const goNext = async (questionId: string, saved: Answer | undefined) => {
      // Let the chosen tile light up for a moment, then the next question slides in.
      await new Promise((resolve) => setTimeout(resolve, 350));
      const now = readNow();
      if (!now) return;
      const answers = saved ? { ...now.answers, [questionId]: saved } : now.answers;
      const next = nextQuestionId(domain, answers, questionId, {
        hideSensitive: now.hideSensitive ?? false,
      });
      navigate(
        {
          name: 'question',
          caseId,
          conversationId,
          domainId,
          ...(next ? { questionId: next } : {}),
        },
        { replace: true },
      );
    };
    const rulesOf = (id: string): QuestionRules => {
      const q = domain.questions.find((x) => x.id === id);
      return {
        forConsultantOnly: q?.answeredBy === 'consultant',
        sensitive: q?.sensitivity === 'sensitive',
      };
    };
    /** Who answers, in which language: from the conversation as it is at the tap. */
    const act = () => {
      const now = readNow();
      if (!now) throw new Error(`Conversation ${conversationId} is not open.`);
      return {
        conversationId,
        language: now.language,
        answeredBy: now.participants.tolk ? ('via-tolk' as const) : ('inburgeraar' as const),
        author: currentAuthor(),
        now: new Date().toISOString(),
      };
    };
    const answer = async (input: AnswerInput, advance: boolean) => {
      let saved: Answer | undefined;
      const ok = await run((doc) => {
        saved = answerQuestion(doc, { ...input, rules: rulesOf(input.questionId), ...act() });
      });
      if (ok && advance && saved) await goNext(input.questionId, saved);
      return ok;
    };
    return {
      answer,
      answerByVoice: (questionId, voice, keep) =>
        run((doc) =>
          answerWithVoice(doc, {
            questionId,
            voice,
            ...(keep?.value ? { value: keep.value } : {}),
            rules: rulesOf(questionId),
            ...act(),
          }),
        ),
      toggleTile: (questionId, tileId, chosen) =>
        run((doc) =>
          chooseTile(doc, { questionId, tileId, chosen, rules: rulesOf(questionId), ...act() }),
        ),
      next: (questionId) => void goNext(questionId, undefined),
    };
  }, [domain, run, readNow, navigate, caseId, conversationId, domainId]);
  const toTopics = useCallback(
    () => navigate({ name: 'talk', caseId, conversationId, step: 'topics' }),
    [navigate, caseId, conversationId],
  );
  if (!conversation || !domain || !actions || stray) return null;

  return (
    <div className="conversation">
      <ConversationBar
        caseId={caseId}
        lang={conversation.language}
        conversationId={conversationId}
        onBack={toTopics}
      >
        <Bilingual i18nKey={domain.titleKey} lang={conversation.language} className="bar-title" />
        <ProgressDots
          domain={domain}
          conversation={conversation}
          currentId={question?.id}
          onGo={(id) =>
            navigate(
              { name: 'question', caseId, conversationId, domainId, questionId: id },
              { replace: true },
            )
          }
        />
      </ConversationBar>
      {question ? (
        <QuestionBody
          key={question.id}
          question={question}
          conversationId={conversation.id}
          lang={conversation.language}
          current={conversation.answers[question.id]}
          actions={actions}
          run={run}
          doc={doc}
        />
      ) : (
        <DomainDone domain={domain} conversation={conversation} onTopics={toTopics} />
      )}
    </div>
  );
}

type AnswerInput = Omit<
  AnswerQuestionInput,
  'conversationId' | 'language' | 'answeredBy' | 'now' | 'author' | 'rules'
>;

/** What the answer area may do: answer (replacing), toggle a tile of a multi-choice set, or move on. */
interface AnswerActions {
  answer(input: AnswerInput, advance: boolean): Promise<boolean>;
  /** His voice as the answer, keeping what was written for it. */
  answerByVoice(
    questionId: string,
    voice: RecordedVoice,
    keep: Pick<Answer, 'value'> | undefined,
  ): Promise<boolean>;
  toggleTile(questionId: string, tileId: string, chosen: boolean): Promise<boolean>;
  next(questionId: string): void;
}

interface BodyProps {
  question: Question;
  conversationId: string;
  lang: string;
  /** The answer shown for this question: the only part of the conversation the body depends on. */
  current: Answer | undefined;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
  doc?: Y.Doc;
  actions: AnswerActions;
}

/** Re-renders when its question's answer changed, not at every change of the conversation. */
const QuestionBody = memo(function QuestionBody({
  question,
  conversationId,
  lang,
  current,
  actions,
  run,
  doc,
}: BodyProps) {
  const onAnswer = actions.answer;
  const [simpler, setSimpler] = useState(false);
  const textKey = simpler && question.simpleKey ? question.simpleKey : question.textKey;
  const onFlag = useCallback(
    (flag: AnswerFlag) => {
      if (flag === 'not-understood') {
        setSimpler(true);
        return void onAnswer({ questionId: question.id, flag }, false);
      }
      return void onAnswer({ questionId: question.id, flag }, true);
    },
    [onAnswer, question.id],
  );
  // The same functions while the question and its recorded voice stay, so the tiles that a stored answer does not
  // change skip their re-render.
  const audioRef = current?.audioRef;
  const answerValue = useCallback(
    (value: AnswerValue, advance: boolean) =>
      onAnswer({ questionId: question.id, value, ...(audioRef ? { audioRef } : {}) }, advance),
    [onAnswer, question.id, audioRef],
  );
  const toggleTile = useCallback(
    (tileId: string, chosen: boolean) => actions.toggleTile(question.id, tileId, chosen),
    [actions, question.id],
  );
  const next = useCallback(() => actions.next(question.id), [actions, question.id]);
  return (
    <main className="page question" id="main">
      <QuestionHead
        question={question}
        textKey={textKey}
        simpler={simpler}
        lang={lang}
        conversationId={conversationId}
        run={run}
      />
      <AnswerArea
        question={question}
        lang={lang}
        current={current}
        onAnswer={answerValue}
        onToggleTile={toggleTile}
        onNext={next}
        drawingId={drawingIdFor(conversationId, question.id)}
        doc={doc}
        run={run}
        onDrawing={(drawingRef, advance) =>
          onAnswer({ questionId: question.id, drawingRef }, advance)
        }
        onVoice={(voice) => actions.answerByVoice(question.id, voice, current)}
      />
      <MemoFlagRow lang={lang} current={current?.flag} onFlag={onFlag} />
    </main>
  );
});

const MemoFlagRow = memo(FlagRow);

interface HeadProps {
  question: Question;
  textKey: string;
  simpler: boolean;
  lang: string;
  conversationId: string;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

/** The question itself (picture, text, speak and record): the same whatever is answered. */
const QuestionHead = memo(function QuestionHead({
  question,
  textKey,
  simpler,
  lang,
  conversationId,
  run,
}: HeadProps) {
  const { i18n } = useTranslation();
  return (
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
        {simpler ? (
          <Bilingual i18nKey="talk.askTolk" ns="common" lang={lang} as="p" className="hint" />
        ) : null}
        <FlagSentence conversationId={conversationId} textKey={textKey} lang={lang} run={run} />
      </div>
      <SpeakButton
        text={i18n.getFixedT(lang, 'content')(textKey)}
        lang={lang}
        promptKey={contentPromptKey(textKey)}
      />
      <RecordPrompt promptKey={contentPromptKey(textKey)} lang={lang} />
    </div>
  );
});

function DomainDone({
  domain,
  conversation,
  onTopics,
}: {
  domain: Domain;
  conversation: Conversation;
  onTopics: () => void;
}) {
  const lang = conversation.language;
  const count = visibleQuestions(domain, conversation.answers, {
    hideSensitive: conversation.hideSensitive ?? false,
  }).length;
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
