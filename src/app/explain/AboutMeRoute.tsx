// Shows the consultant's "about me" card with the words she keeps in settings (or asks her to fill them in).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAboutMe, type AboutMe } from '../../storage/aboutMeStore';
import { db } from '../services';
import { AboutMeCard } from './AboutMeCard';

/** The card id used in the route for the "about me" card. */
export const ABOUT_ME_CARD = 'about-me';

interface Props {
  caseId: string;
  conversationId: string;
  lang: string;
  onDone(): void;
}

export function AboutMeRoute({ caseId, conversationId, lang, onDone }: Props) {
  const { t } = useTranslation();
  const [about, setAbout] = useState<AboutMe | null | undefined>(undefined);
  useEffect(() => {
    void loadAboutMe(db).then(setAbout);
  }, []);
  if (about === undefined) return null;
  if (!about?.name) {
    return (
      <main className="page" id="main">
        <p className="empty" role="alert">
          {t('aboutMe.missing')}
        </p>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('nav.back')}
        </button>
      </main>
    );
  }
  return (
    <AboutMeCard
      caseId={caseId}
      conversationId={conversationId}
      name={about.name}
      {...(about.work ? { work: about.work } : {})}
      likes={about.likes}
      lang={lang}
      onDone={onDone}
    />
  );
}
