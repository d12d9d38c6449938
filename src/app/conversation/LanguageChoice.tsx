// The first screen the inburgeraar touches: every language in its own script, with its name spoken aloud.
import { LANGUAGES } from '../../content/languages';
import { setConversationLanguage } from '../../domain/commands';
import { changeLanguage } from '../i18n/i18n';
import { reportProblem } from '../hooks/problems';
import { useAppStore } from '../state/store';
import { SpeakButton } from '../ui/SpeakButton';
import { languagePromptKey } from '../audio/promptKeys';
import { Bilingual } from '../ui/Bilingual';
import { Pictogram } from '../ui/Pictogram';
import { ConversationBar } from './ConversationBar';
import { useConversation } from './useConversation';

export function LanguageChoice({
  caseId,
  conversationId,
}: {
  caseId: string;
  conversationId: string;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const { conversation, run } = useConversation(caseId, conversationId);
  if (!conversation) return null;

  const choose = async (code: string) => {
    const ok = await run((doc) => setConversationLanguage(doc, { conversationId, language: code }));
    if (!ok) return;
    await changeLanguage(code).catch(reportProblem);
    navigate({ name: 'talk', caseId, conversationId, step: 'topics' });
  };

  return (
    <div className="conversation">
      <ConversationBar
        caseId={caseId}
        lang={conversation.language}
        conversationId={conversationId}
      />
      <main className="page language-choice" id="main">
        <h1 className="language-title">
          <Pictogram name="speakingHead" size={56} />
          <Bilingual i18nKey="talk.chooseLanguage" ns="common" lang={conversation.language} />
        </h1>
        <ul className="language-grid">
          {LANGUAGES.map((l) => (
            <li key={l.code} className="language-cell">
              <button
                type="button"
                className={`language-button ${conversation.language === l.code ? 'is-selected' : ''}`}
                lang={l.code}
                dir={l.dir}
                aria-pressed={conversation.language === l.code}
                onClick={() => void choose(l.code)}
              >
                {l.endonym}
              </button>
              <SpeakButton
                text={l.endonym}
                lang={l.code}
                promptKey={languagePromptKey(l.code)}
                hideWhenUnavailable
              />
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
