// Names of what the figures count, for the team in the UI's language: languages by their Dutch name (as in the
// caseload), leerroutes, questions and explanation cards by their text, dates in the local way.
import { useTranslation } from 'react-i18next';
import { findQuestion } from '../../../content/catalog';
import { findExplanationCard } from '../../../content/explanations';
import { findLanguage } from '../../../content/languages';

export const useFigureLabels = () => {
  const { t, i18n } = useTranslation();
  return {
    language: (code: string): string => findLanguage(code)?.dutchName ?? code,
    route: (route: string): string =>
      route === 'none' ? t('backoffice.noRoute') : t(`pip.route.${route}`, { defaultValue: route }),
    question: (id: string): string => {
      const question = findQuestion(id);
      return question ? t(question.textKey, { ns: 'content' }) : id;
    },
    card: (id: string): string => {
      const card = findExplanationCard(id);
      return card ? t(card.titleKey, { ns: 'explain' }) : id;
    },
    date: (iso: string): string =>
      new Date(iso).toLocaleDateString(i18n.language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
  };
};
