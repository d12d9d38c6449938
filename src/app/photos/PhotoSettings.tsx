// Settings "Photos of our municipality": pick a question or one of its answer tiles and add a photo
// (camera or file). The photo is downscaled here, kept on the tablet, and sent to every tablet of the
// municipality; questions and tiles show it beside their pictogram.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../content/catalog';
import { reportProblem } from '../hooks/problems';
import { useContentIndex } from '../audio/contentIndex';
import { contentMedia } from '../audio/mediaServices';
import { questionPhotoKey, tilePhotoKey } from '../audio/promptKeys';
import { UploadState } from '../audio/RecordPrompt';
import { MediaSyncStatusLine } from '../audio/VoicesSettings';
import { slotOf } from '../../storage/media';
import { ContentPicture } from './ContentPicture';
import { downscalePhoto, PhotoError } from './downscale';
import '../audio/audio.css';
import { useMayRemoveContentMedia } from '../hooks/useMayRemoveContentMedia';

interface Target {
  photoKey: string;
  /** i18n key (content) of the question text or tile label. */
  labelKey: string;
  pictogram: string;
}

const targetsOf = (questionId: string): Target[] => {
  const question = DOMAINS.flatMap((d) => d.questions).find((q) => q.id === questionId);
  if (!question) return [];
  return [
    {
      photoKey: questionPhotoKey(question.id),
      labelKey: question.textKey,
      pictogram: question.pictogram,
    },
    ...question.tiles.map((tile) => ({
      photoKey: tilePhotoKey(tile.id),
      labelKey: tile.labelKey,
      pictogram: tile.pictogram,
    })),
  ];
};

/** Every photo target of the catalog by photo key (tiles shared by several questions appear once). */
const ALL_TARGETS = new Map<string, Target>(
  DOMAINS.flatMap((d) => d.questions.flatMap((q) => targetsOf(q.id))).map(
    (t) => [t.photoKey, t] as const,
  ),
);

type RowState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'problem'; code: 'unreadable' | 'too-large' };

function PhotoTarget({ target, isQuestion }: { target: Target; isQuestion: boolean }) {
  const { t, i18n } = useTranslation();
  const label = i18n.getFixedT('nl', 'content')(target.labelKey);
  const { active } = useContentIndex();
  const current = active.get(slotOf('photo', target.photoKey));
  const mayRemove = useMayRemoveContentMedia();
  const [state, setState] = useState<RowState>({ status: 'idle' });

  const add = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: 'working' });
    try {
      const blob = await downscalePhoto(file);
      await contentMedia.save({ kind: 'photo', key: target.photoKey, blob, mime: 'image/jpeg' });
      setState({ status: 'idle' });
    } catch (error) {
      if (error instanceof PhotoError) return setState({ status: 'problem', code: error.code });
      setState({ status: 'idle' });
      reportProblem(error);
    }
  };

  const remove = async () => {
    if (!current) return;
    await contentMedia.remove(current.id).catch(reportProblem);
  };

  return (
    <li className="photo-target" data-photo-key={target.photoKey}>
      <ContentPicture
        pictogram={target.pictogram}
        photoKey={target.photoKey}
        alt={label}
        size={72}
      />
      <span className="photo-target-label">
        {isQuestion ? <span className="hint">{t('photos.forQuestion')} </span> : null}
        {label}
        {current ? (
          <>
            <br />
            <UploadState info={current} />
          </>
        ) : null}
      </span>
      {state.status === 'working' ? <span role="status">{t('photos.working')}</span> : null}
      {state.status === 'problem' ? (
        <span className="record-status is-problem" role="alert">
          {t(`photos.problem.${state.code}`)}
        </span>
      ) : null}
      <label className="button button-secondary photo-file">
        {t('photos.take')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(e) => {
            void add(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <label className="button button-secondary photo-file">
        {t('photos.choose')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/*"
          onChange={(e) => {
            void add(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {current && mayRemove(current) ? (
        <button type="button" className="button button-quiet" onClick={() => void remove()}>
          {t('photos.remove')}
        </button>
      ) : null}
    </li>
  );
}

export function PhotoSettings() {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  const domainSelect = useId();
  const questionSelect = useId();
  const [domainId, setDomainId] = useState(DOMAINS[0]?.id ?? '');
  const domain = DOMAINS.find((d) => d.id === domainId) ?? DOMAINS[0];
  const [questionId, setQuestionId] = useState(domain?.questions[0]?.id ?? '');
  const question = domain?.questions.find((q) => q.id === questionId) ?? domain?.questions[0];
  const { active } = useContentIndex();
  const existing = [...active.values()]
    .filter((i) => i.kind === 'photo')
    .flatMap((i) => ALL_TARGETS.get(i.key) ?? []);

  return (
    <section aria-labelledby="photos-heading" className="card photo-settings">
      <h2 id="photos-heading">{t('photos.title')}</h2>
      <p className="hint">{t('photos.intro')}</p>
      <p className="hint">{t('photos.privacy')}</p>
      {existing.length > 0 ? (
        <>
          <h3>{t('photos.existing')}</h3>
          <ul className="photo-targets">
            {existing.map((target) => (
              <PhotoTarget
                key={target.photoKey}
                target={target}
                isQuestion={target.photoKey.startsWith('question:')}
              />
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('photos.add')}</h3>
      <div className="row">
        <label htmlFor={domainSelect}>{t('photos.domain')}</label>
        <select
          id={domainSelect}
          value={domain?.id}
          onChange={(e) => {
            const next = DOMAINS.find((d) => d.id === e.currentTarget.value);
            setDomainId(e.currentTarget.value);
            setQuestionId(next?.questions[0]?.id ?? '');
          }}
        >
          {DOMAINS.map((d) => (
            <option key={d.id} value={d.id}>
              {nl(d.titleKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <label htmlFor={questionSelect}>{t('photos.question')}</label>
        <select
          id={questionSelect}
          value={question?.id}
          onChange={(e) => setQuestionId(e.currentTarget.value)}
        >
          {domain?.questions.map((q) => (
            <option key={q.id} value={q.id}>
              {nl(q.textKey)}
            </option>
          ))}
        </select>
      </div>
      {question ? (
        <ul className="photo-targets">
          {targetsOf(question.id).map((target, i) => (
            <PhotoTarget key={target.photoKey} target={target} isQuestion={i === 0} />
          ))}
        </ul>
      ) : null}
      <MediaSyncStatusLine />
    </section>
  );
}
