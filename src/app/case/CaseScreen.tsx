// The case page: who the person is, conversations so far, consultant notes, and starting a conversation.
import { useTranslation } from 'react-i18next';
import { findLanguage } from '../../content/languages';
import { useCase } from '../hooks/useCase';
import { CaseUnavailable } from './CaseUnavailable';
import { TopBar } from '../ui/TopBar';
import { StartConversationPanel } from './StartConversationPanel';
import { NotesPanel } from './NotesPanel';
import { ExportButton } from './ExportButton';
import { AnswersPanel } from './AnswersPanel';
import { ObservationsPanel } from './ObservationsPanel';
import { LeerroutePanel } from './LeerroutePanel';
import { RegistrationDate } from './RegistrationDate';
import { PipPanel } from './PipPanel';
import { ConversationList } from './ConversationList';
import { SendState } from './SendState';
import { ExplanationList } from '../explain/ExplanationList';
import { ABOUT_ME_CARD } from '../explain/AboutMeRoute';
import { useExplanationRecords } from '../explain/useExplanations';
import { useLockStore } from '../lock/lockStore';
import { useAppStore } from '../state/store';

export function CaseScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { loaded, snapshot, run } = useCase(caseId);
  const explanations = useExplanationRecords(
    loaded.status === 'ready' ? loaded.handle.doc : undefined,
  );
  const navigate = useAppStore((s) => s.navigate);
  if (loaded.status === 'error') return <CaseUnavailable error={loaded.error} />;
  if (!snapshot) return <TopBar />;
  const { profile } = snapshot;
  const handOverTo = (cardId: string) => {
    const conversationId = snapshot.conversations.at(-1)!.id;
    void useLockStore
      .getState()
      .startHandover(caseId, conversationId)
      .then(() => navigate({ name: 'explain', caseId, conversationId, cardId }));
  };
  const language = findLanguage(profile.language);
  return (
    <>
      <TopBar title={profile.name} />
      <main className="page case-page" id="main">
        <section className="case-who" aria-labelledby="who-heading">
          <h2 id="who-heading">{t('case.who')}</h2>
          <dl className="facts">
            <dt>{t('case.name')}</dt>
            <dd>{profile.name}</dd>
            <dt>{t('case.language')}</dt>
            <dd lang={profile.language}>{language?.endonym ?? profile.language}</dd>
            {profile.birthYear ? (
              <>
                <dt>{t('case.birthYear')}</dt>
                <dd>{profile.birthYear}</dd>
              </>
            ) : null}
          </dl>
          <RegistrationDate registrationDate={profile.registrationDate} run={run} />
          <PipPanel
            caseId={caseId}
            snapshot={snapshot}
            doc={loaded.status === 'ready' ? loaded.handle.doc : undefined}
          />
          <SendState caseId={caseId} />
          <ConversationList caseId={caseId} conversations={snapshot.conversations} />
          {loaded.status === 'ready' ? (
            <ExportButton caseId={caseId} doc={loaded.handle.doc} name={profile.name} />
          ) : null}
        </section>
        <StartConversationPanel
          caseId={caseId}
          defaultLanguage={profile.language}
          conversations={snapshot.conversations}
          run={run}
        />
        <NotesPanel notes={snapshot.notes} run={run} />
        <ObservationsPanel conversations={snapshot.conversations} run={run} />
        {loaded.status === 'ready' && snapshot.conversations.length > 0 ? (
          <LeerroutePanel snapshot={snapshot} doc={loaded.handle.doc} run={run} />
        ) : null}
        <AnswersPanel
          conversations={snapshot.conversations}
          run={run}
          doc={loaded.status === 'ready' ? loaded.handle.doc : undefined}
        />
        {snapshot.conversations.length > 0 ? (
          <ExplanationList
            records={explanations}
            onChoose={(cardId) => handOverTo(cardId)}
            onAboutMe={() => handOverTo(ABOUT_ME_CARD)}
          />
        ) : null}
      </main>
    </>
  );
}
