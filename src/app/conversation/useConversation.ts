// The open conversation of a case, with its language applied to the UI while it is on screen.
import { useEffect } from 'react';
import { changeLanguage } from '../i18n/i18n';
import { useCase } from '../hooks/useCase';
import { reportProblem } from '../hooks/problems';

export function useConversation(caseId: string, conversationId: string) {
  const kase = useCase(caseId);
  const conversation = kase.snapshot?.conversations.find((c) => c.id === conversationId);
  const language = conversation?.language;
  useEffect(() => {
    if (language) changeLanguage(language).catch(reportProblem);
  }, [language]);
  return { ...kase, conversation };
}
