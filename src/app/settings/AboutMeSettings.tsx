// Settings: what the consultant shares about herself in the "about me" card (gelijkwaardig gesprek).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ABOUT_ME_LIKES, pictogramOf } from '../../content/explanations';
import { loadAboutMe, saveAboutMe } from '../../storage/aboutMeStore';
import { reportProblem } from '../hooks/problems';
import { db } from '../services';
import { Pictogram } from '../ui/Pictogram';

export function AboutMeSettings() {
  const { t, i18n } = useTranslation();
  const nlExplain = i18n.getFixedT('nl', 'explain');
  const [name, setName] = useState('');
  const [work, setWork] = useState('');
  const [likes, setLikes] = useState<string[]>([]);
  const [own, setOwn] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadAboutMe(db).then((about) => {
      if (!about) return;
      setName(about.name);
      setWork(about.work ?? '');
      setLikes(about.likes.flatMap((l) => (l.likeId ? [l.likeId] : [])));
      setOwn(about.likes.find((l) => !l.likeId)?.text ?? '');
    });
  }, []);
  const toggle = (id: string) => {
    setSaved(false);
    setLikes((list) =>
      list.includes(id) ? list.filter((l) => l !== id) : [...list, id].slice(-3),
    );
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveAboutMe(db, {
        name: name.trim(),
        work: work.trim() || undefined,
        likes: [
          ...likes.map((likeId) => ({ likeId })),
          ...(own.trim() ? [{ text: own.trim() }] : []),
        ],
      });
      setSaved(true);
    } catch (error) {
      reportProblem(error);
    }
  };
  return (
    <section aria-labelledby="about-me-heading" className="card">
      <form className="form" onSubmit={submit}>
        <h2 id="about-me-heading">{t('aboutMe.title')}</h2>
        <p className="hint">{t('aboutMe.why')}</p>
        <label className="field">
          <span>{t('aboutMe.name')}</span>
          <input value={name} onChange={(e) => (setName(e.target.value), setSaved(false))} />
        </label>
        <label className="field">
          <span>{t('aboutMe.work')}</span>
          <input value={work} onChange={(e) => (setWork(e.target.value), setSaved(false))} />
        </label>
        <fieldset className="field">
          <legend>{t('aboutMe.likes')}</legend>
          <div className="choice-row">
            {ABOUT_ME_LIKES.map((like) => (
              <label
                key={like.id}
                className={`choice ${likes.includes(like.id) ? 'is-selected' : ''}`}
              >
                <input
                  type="checkbox"
                  checked={likes.includes(like.id)}
                  onChange={() => toggle(like.id)}
                />
                <Pictogram name={pictogramOf(like.pictogram)} size={32} />
                <span>{nlExplain(like.labelKey)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('aboutMe.own')}</span>
          <input value={own} onChange={(e) => (setOwn(e.target.value), setSaved(false))} />
        </label>
        <div className="row">
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            {t('aboutMe.save')}
          </button>
          {saved ? <span role="status">{t('aboutMe.saved')}</span> : null}
        </div>
      </form>
    </section>
  );
}
