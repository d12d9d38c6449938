// Loads a language's texts before a screen shows them beside the Dutch (the print views are consultant
// screens, so the UI stays Dutch while the letter also speaks his language).
import { useEffect, useState } from 'react';
import { loadLanguage } from '../i18n/i18n';
import { reportProblem } from '../hooks/problems';

export const useLanguageLoaded = (lang: string): boolean => {
  const [loaded, setLoaded] = useState<string | undefined>(lang === 'nl' ? 'nl' : undefined);
  useEffect(() => {
    let alive = true;
    loadLanguage(lang).then(() => alive && setLoaded(lang), reportProblem);
    return () => {
      alive = false;
    };
  }, [lang]);
  return loaded === lang;
};
