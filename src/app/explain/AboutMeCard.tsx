// The consultant's "about me" card, for a gelijkwaardig gesprek: her name, that she works for the municipality,
// what she likes (pictures she chose, in his language, with her own Dutch words), then it is his turn.
// The words come from settings, typed by the consultant; this card only shows them.
import { useEffect, useState } from 'react';
import { ABOUT_ME_PANELS, findAboutMeLike, pictogramOf } from '../../content/explanations';
import { directionOf } from '../../content/languages';
import { reportProblem } from '../hooks/problems';
import { changeLanguage } from '../i18n/i18n';
import { Pictogram } from '../ui/Pictogram';
import { ExplainBar, PanelView, StepNav } from './Steps';
import { ExplainText, useExplainLine, useExplainTexts } from './texts';
import './explain.css';

export interface AboutMeLikeInput {
  /** One of ABOUT_ME_LIKES, for the picture and the translated name. */
  likeId?: string;
  /** The consultant's own words, in Dutch. */
  text?: string;
}

export interface AboutMeCardProps {
  caseId: string;
  conversationId?: string;
  /** The consultant's name as she wants to be called. */
  name: string;
  /** Her own words about her work or role (Dutch), shown small under "I work for the municipality". */
  work?: string;
  likes: readonly AboutMeLikeInput[];
  lang: string;
  onDone: () => void;
}

export function AboutMeCard({
  caseId,
  conversationId,
  name,
  work,
  likes,
  lang,
  onDone,
}: AboutMeCardProps) {
  useExplainTexts(lang);
  const line = useExplainLine();
  const [index, setIndex] = useState(0);
  useEffect(() => {
    changeLanguage(lang).catch(reportProblem);
  }, [lang]);
  const shown = likes.filter((l) => (l.likeId && findAboutMeLike(l.likeId)) || l.text?.trim());
  const panels = ABOUT_ME_PANELS.filter((p) => p.id !== 'likes' || shown.length > 0);
  const panel = panels[index] ?? panels[0]!;
  const values = { name };
  return (
    <div className="conversation explain-screen" dir={directionOf(lang)}>
      <ExplainBar
        caseId={caseId}
        conversationId={conversationId}
        lang={lang}
        titleKey="about.title"
        onBack={onDone}
      />
      <main className="page explain" id="main">
        <PanelView
          key={panel.id}
          pictogram={pictogramOf(panel.pictogram)}
          speak={line(panel.textKey, lang, undefined, values).own}
        >
          <ExplainText
            i18nKey={panel.textKey}
            lang={lang}
            values={values}
            as="p"
            className="explain-text"
          />
          {panel.id === 'work' && work?.trim() ? (
            <p className="explain-own-words" lang="nl" dir="ltr">
              {work.trim()}
            </p>
          ) : null}
        </PanelView>
        {panel.id === 'likes' ? (
          <ul className="explain-likes">
            {shown.map((like, i) => {
              const known = like.likeId ? findAboutMeLike(like.likeId) : undefined;
              return (
                <li key={`${like.likeId ?? ''}-${i}`} className="explain-like">
                  <Pictogram name={known ? pictogramOf(known.pictogram) : 'hobbies'} size={96} />
                  {known ? (
                    <ExplainText i18nKey={known.labelKey} lang={lang} className="tile-label" />
                  ) : null}
                  {like.text?.trim() ? (
                    <span className="explain-own-words" lang="nl" dir="ltr">
                      {like.text.trim()}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        <StepNav
          lang={lang}
          index={index}
          total={panels.length}
          lastKey="ui.check.done"
          onBack={() => setIndex((i) => Math.max(0, i - 1))}
          onNext={() => (index + 1 < panels.length ? setIndex(index + 1) : onDone())}
        />
      </main>
    </div>
  );
}
