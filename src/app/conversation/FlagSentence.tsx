// For the tolk: mark the sentence on screen as unclear and suggest a better wording, for review.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { directionOf } from '../../content/languages';
import { flagTranslation } from '../../domain/conversationEnd';
import { Dialog } from '../ui/Dialog';
import { ownTextOf } from '../i18n/overlay';

interface Props {
  conversationId: string;
  textKey: string;
  lang: string;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function FlagSentence({ conversationId, textKey, lang, run }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [suggestion, setSuggestion] = useState('');
  const [saved, setSaved] = useState(false);
  const shownText = i18n.getFixedT(lang, 'content')(textKey);
  /** The municipality reviewed this very sentence: the tolk sees by whom and when before flagging it again. */
  const review = ownTextOf(lang, `content:${textKey}`)?.review;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run((doc) =>
      flagTranslation(doc, {
        id: crypto.randomUUID(),
        conversationId,
        textKey: `content:${textKey}`,
        language: lang,
        shownText,
        suggestion,
        now: new Date().toISOString(),
      }),
    );
    if (ok) {
      setSaved(true);
      setOpen(false);
      setSuggestion('');
    }
  };

  return (
    <>
      <button
        type="button"
        className="flag-sentence"
        onClick={() => setOpen(true)}
        data-testid="flag-sentence"
      >
        <span aria-hidden="true" className="flag-icon" />
        <span>{saved ? t('flagSentence.saved') : t('flagSentence.button')}</span>
      </button>
      {open ? (
        <Dialog titleId="flag-title" onClose={() => setOpen(false)}>
          <form className="form" onSubmit={submit}>
            <h2 id="flag-title">{t('flagSentence.title')}</h2>
            <p className="flag-shown" lang={lang} dir={directionOf(lang)}>
              {shownText}
            </p>
            {review ? (
              <p className="hint" data-testid="sentence-reviewed">
                {t('flagSentence.reviewed', { reviewer: review.reviewer, date: review.reviewedAt })}
              </p>
            ) : null}
            <label className="field">
              <span>{t('flagSentence.suggestion')}</span>
              <textarea
                lang={lang}
                dir={directionOf(lang)}
                rows={3}
                value={suggestion}
                onChange={(e) => setSuggestion(e.target.value)}
              />
            </label>
            <div className="row">
              <button type="submit" className="button button-primary">
                {t('flagSentence.save')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
