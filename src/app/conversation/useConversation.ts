// The open conversation of a case, with its language applied to the UI while it is on screen. Only this
// conversation is read (again per changed question), never the whole case.
import { useCallback, useEffect } from 'react';
import { changeLanguage } from '../i18n/i18n';
import { useCaseHandle } from '../hooks/useCase';
import { conversationReader, useConversationReader } from '../hooks/conversationReader';
import { reportProblem } from '../hooks/problems';

export function useConversation(caseId: string, conversationId: string) {
  const { loaded, run } = useCaseHandle(caseId);
  const handle = loaded.status === 'ready' ? loaded.handle : undefined;
  const conversation = useConversationReader(handle?.doc, conversationId, handle?.stored);
  /** The conversation as it is at this moment (for a command at a tap, without re-creating it per change). */
  const readNow = useCallback(
    () =>
      handle ? conversationReader(handle.doc, conversationId, handle.stored).read() : undefined,
    [handle, conversationId],
  );
  const language = conversation?.language;
  useEffect(() => {
    if (language) changeLanguage(language).catch(reportProblem);
  }, [language]);
  return { loaded, run, conversation, readNow };
}
