// Settings "Voices on this tablet": for every language whether the tablet can read aloud and how many
// sentences are recorded; which languages lack a voice; the recording-mode switch; and a one-line check
// of the conversation's language for before the visit.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, findLanguage } from '../../content/languages';
import { useAppStore } from '../state/store';
import { useContentIndex, type ContentIndex } from './contentIndex';
import { CATALOG_PROMPT_KEYS } from './promptKeys';
import { useRecordingMode, useRecordingModeStore } from './recordingMode';
import { useMediaSyncStatus } from './useMediaSyncStatus';
import { availabilityOf, useVoices, type VoiceAvailability } from './voices';
import './audio.css';

const catalogKeys = new Set(CATALOG_PROMPT_KEYS);

/** Recorded sentences of the catalog per language. */
export const recordedCounts = (index: ContentIndex): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const info of index.active.values()) {
    if (info.kind === 'prompt' && catalogKeys.has(info.key))
      counts.set(info.language, (counts.get(info.language) ?? 0) + 1);
  }
  return counts;
};

function VoiceCell({ availability }: { availability: VoiceAvailability }) {
  const { t } = useTranslation();
  switch (availability.kind) {
    case 'local':
      return <>{t('voices.local', { name: availability.voice.name })}</>;
    case 'online-only':
      return (
        <span className="voice-online">
          {t('voices.onlineOnly', { name: availability.voice.name })}
        </span>
      );
    case 'checking':
      return <>{t('voices.checking')}</>;
    default:
      return <span className="voice-none">{t('voices.none')}</span>;
  }
}

/** Recordings and photos waiting to be sent, and why the last attempt did not finish. */
export function MediaSyncStatusLine() {
  const { t } = useTranslation();
  const index = useContentIndex();
  const status = useMediaSyncStatus();
  const waiting = index.all.filter((i) => i.uploadState === 'pending' || i.removed).length;
  const refused = index.all.filter((i) => i.uploadState === 'error' && !i.removed).length;
  return (
    <>
      <p className="media-sync-status" data-testid="media-waiting">
        {waiting === 0
          ? t('audio.upload.nothingWaiting')
          : t('audio.upload.waitingCount', { n: waiting })}
      </p>
      {status.problem && waiting > 0 ? (
        <p className="media-sync-status is-problem" role="status">
          {status.problem === 'storage'
            ? t('problem.unavailable')
            : t(`audio.upload.problem.${status.problem}`)}
        </p>
      ) : null}
      {refused > 0 ? (
        <p className="media-sync-status is-problem" role="status">
          {t('audio.upload.refusedCount', { n: refused })}
        </p>
      ) : null}
    </>
  );
}

export function VoicesSettings() {
  const { t } = useTranslation();
  const voices = useVoices();
  const index = useContentIndex();
  const counts = recordedCounts(index);
  const rows = LANGUAGES.map((l) => ({
    language: l,
    availability: availabilityOf(voices, l.code),
  }));
  const missing = rows.filter(
    (r) => r.availability.kind === 'none' || r.availability.kind === 'unsupported',
  );
  const onlineOnly = rows.filter((r) => r.availability.kind === 'online-only');
  return (
    <section aria-labelledby="voices-heading" className="card voices-settings">
      <h2 id="voices-heading">{t('voices.title')}</h2>
      <p className="hint">{t('voices.intro')}</p>
      {!voices.supported ? (
        <p className="warn">{t('voices.unsupported')}</p>
      ) : !voices.loaded ? null : missing.length > 0 ? (
        <p className="warn" data-testid="voices-missing">
          {t('voices.missing', { languages: missing.map((r) => r.language.dutchName).join(', ') })}
        </p>
      ) : (
        <p className="ok">{t('voices.allPresent')}</p>
      )}
      {onlineOnly.length > 0 ? (
        <p className="warn">
          {t('voices.onlineOnlyList', {
            languages: onlineOnly.map((r) => r.language.dutchName).join(', '),
          })}
        </p>
      ) : null}
      <table className="voices-table">
        <thead>
          <tr>
            <th scope="col">{t('voices.language')}</th>
            <th scope="col">{t('voices.voice')}</th>
            <th scope="col">{t('voices.recorded')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ language, availability }) => (
            <tr key={language.code} data-lang={language.code}>
              <th scope="row">
                {language.dutchName}{' '}
                <span lang={language.code} dir={language.dir}>
                  ({language.endonym})
                </span>
              </th>
              <td>
                <VoiceCell availability={availability} />
              </td>
              <td>
                {t('voices.recordedCount', {
                  recorded: counts.get(language.code) ?? 0,
                  total: CATALOG_PROMPT_KEYS.length,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('voices.addVoice')}</p>
      <RecordingToggle />
      <MediaSyncStatusLine />
    </section>
  );
}

/** The switch for recording mode (a record control beside the speaker of every question and tile). */
export function RecordingToggle() {
  const { t } = useTranslation();
  const id = useId();
  const on = useRecordingMode();
  const set = useRecordingModeStore((s) => s.set);
  return (
    <div className="recording-toggle">
      <label htmlFor={id} className="row">
        <input
          id={id}
          type="checkbox"
          checked={on}
          onChange={(e) => void set(e.currentTarget.checked)}
        />
        <strong>{t('voices.recordingMode')}</strong>
      </label>
      <p className="hint">{t('voices.recordingModeHint')}</p>
    </div>
  );
}

/**
 * Before the visit: can the tablet read aloud in the conversation's language, and how much is recorded?
 * For the consultant (Dutch), e.g. on the case screen or where a conversation is started.
 */
export function VoiceCheck({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const voices = useVoices();
  const online = useAppStore((s) => s.online);
  const index = useContentIndex();
  const language = findLanguage(lang);
  const availability = availabilityOf(voices, lang);
  const values = {
    language: language?.dutchName ?? lang,
    recorded: recordedCounts(index).get(lang) ?? 0,
    total: CATALOG_PROMPT_KEYS.length,
  };
  const key =
    availability.kind === 'local'
      ? 'voices.checkVoice'
      : availability.kind === 'online-only'
        ? online
          ? 'voices.checkOnlineOnly'
          : 'voices.checkNoVoice'
        : availability.kind === 'checking'
          ? 'voices.checkChecking'
          : 'voices.checkNoVoice';
  return (
    <p
      className={
        key === 'voices.checkVoice' || key === 'voices.checkChecking'
          ? 'voice-check'
          : 'voice-check warn'
      }
      data-testid="voice-check"
      data-voice={availability.kind}
    >
      {t(key, values)} {t('voices.checkRecorded', values)}
    </p>
  );
}
