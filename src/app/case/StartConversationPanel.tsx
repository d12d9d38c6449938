// Start a conversation: choose its type and who is present (tolk with language, sleutelpersoon, partner), or a
// conversation without the partner, whose answers stay private.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LANGUAGES } from '../../content/languages';
import { startConversation } from '../../domain/commands';
import { openConversationOfType } from '../../domain/resume';
import { CONVERSATION_TYPES, type Conversation, type ConversationType } from '../../domain/types';
import { useAppStore } from '../state/store';
import { useLockStore } from '../lock/lockStore';
import { Button } from '../ui/Button';
import { VoiceCheck } from '../audio/VoicesSettings';

interface Props {
  caseId: string;
  defaultLanguage: string;
  /** The case's conversations: an open one of the chosen type is continued, not started again. */
  conversations: Conversation[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function StartConversationPanel({ caseId, defaultLanguage, conversations, run }: Props) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const [type, setType] = useState<ConversationType>('intake-a');
  const [tolk, setTolk] = useState(false);
  const [sleutelpersoon, setSleutelpersoon] = useState(false);
  const [hideSensitive, setHideSensitive] = useState(false);
  const [partner, setPartner] = useState(false);
  const [alone, setAlone] = useState(false);

  const start = async () => {
    const open = openConversationOfType(conversations, type, { partner });
    if (open) {
      await useLockStore.getState().startHandover(caseId, open.id);
      navigate({ name: 'talk', caseId, conversationId: open.id, step: 'topics' });
      return;
    }
    const id = crypto.randomUUID();
    const ok = await run((doc) =>
      startConversation(doc, {
        id,
        type,
        language: defaultLanguage,
        now: new Date().toISOString(),
        hideSensitive,
        private: alone && !partner,
        participants: {
          ...(tolk ? { tolk: { language: defaultLanguage } } : {}),
          ...(sleutelpersoon ? { sleutelpersoon: {} } : {}),
          ...(partner ? { partner: {} } : {}),
        },
      }),
    );
    if (!ok) return;
    await useLockStore.getState().startHandover(caseId, id);
    navigate({ name: 'talk', caseId, conversationId: id, step: 'language' });
  };

  return (
    <section className="start-panel" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('start.title')}</h2>
      <fieldset className="field">
        <legend>{t('start.type')}</legend>
        <div className="choice-grid">
          {CONVERSATION_TYPES.map((ct) => (
            <label key={ct} className={`choice ${type === ct ? 'is-selected' : ''}`}>
              <input
                type="radio"
                name="conversation-type"
                checked={type === ct}
                onChange={() => setType(ct)}
              />
              <span>{t(`conversationType.${ct}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('start.present')}</legend>
        <div className="choice-row">
          <label className={`choice ${tolk ? 'is-selected' : ''}`}>
            <input type="checkbox" checked={tolk} onChange={(e) => setTolk(e.target.checked)} />
            <span>
              {t('start.tolk')}{' '}
              <span lang={defaultLanguage}>
                ({LANGUAGES.find((l) => l.code === defaultLanguage)?.endonym})
              </span>
            </span>
          </label>
          <label className={`choice ${sleutelpersoon ? 'is-selected' : ''}`}>
            <input
              type="checkbox"
              checked={sleutelpersoon}
              onChange={(e) => setSleutelpersoon(e.target.checked)}
            />
            <span>{t('start.sleutelpersoon')}</span>
          </label>
          <label className={`choice ${partner ? 'is-selected' : ''}`}>
            <input
              type="checkbox"
              checked={partner}
              onChange={(e) => {
                setPartner(e.target.checked);
                if (e.target.checked) setAlone(false);
              }}
            />
            <span>{t('start.partner')}</span>
          </label>
        </div>
      </fieldset>
      {partner ? null : (
        <label className={`choice ${alone ? 'is-selected' : ''}`}>
          <input type="checkbox" checked={alone} onChange={(e) => setAlone(e.target.checked)} />
          <span>{t('start.private')}</span>
        </label>
      )}
      <label className={`choice ${hideSensitive ? 'is-selected' : ''}`}>
        <input
          type="checkbox"
          checked={hideSensitive}
          onChange={(e) => setHideSensitive(e.target.checked)}
        />
        <span>{t('start.hideSensitive')}</span>
      </label>
      <VoiceCheck lang={defaultLanguage} />
      <p className="hint">{t('start.aloneRight')}</p>
      <Button
        variant="primary"
        pictogram="conversation"
        className="button-huge"
        onClick={() => void start()}
      >
        {t('start.go')}
      </Button>
    </section>
  );
}
