// The slim bar above a conversation: back, topic title, language switch, and the way back to the consultant.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { useLockStore } from '../lock/lockStore';
import { Pictogram } from '../ui/Pictogram';
import { DraftNotice } from '../ui/Bilingual';

interface Props {
  caseId: string;
  /** The conversation's language, for the draft-translation notice. */
  lang: string;
  conversationId: string;
  onBack?: () => void;
  children?: ReactNode;
}

export function ConversationBar({ caseId, lang, conversationId, onBack, children }: Props) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const requestExit = useLockStore((s) => s.requestExit);
  return (
    <header className="conversation-bar">
      {onBack ? (
        <button
          type="button"
          className="icon-button back-button"
          onClick={onBack}
          aria-label={t('nav.back')}
        >
          <span aria-hidden="true" className="arrow" />
        </button>
      ) : (
        <span />
      )}
      <div className="conversation-bar-middle">{children}</div>
      <div className="conversation-bar-end">
        <DraftNotice lang={lang} />
        <button
          type="button"
          className="icon-button"
          aria-label={t('talk.changeLanguage')}
          onClick={() => navigate({ name: 'talk', caseId, conversationId, step: 'language' })}
        >
          <Pictogram name="globe" size={40} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('talk.toConsultant')}
          data-testid="to-consultant"
          onClick={requestExit}
        >
          <Pictogram name="lock" size={40} />
        </button>
      </div>
    </header>
  );
}
