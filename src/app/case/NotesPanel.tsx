// Consultant notes beside the case; this panel never renders in conversation mode.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addNote } from '../../domain/commands';
import type { Note } from '../../domain/types';
import { currentAuthor } from '../author';

interface Props {
  notes: Note[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function NotesPanel({ notes, run }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const author = currentAuthor();
    const ok = await run((doc) =>
      addNote(doc, {
        id: crypto.randomUUID(),
        text,
        now: new Date().toISOString(),
        device: author,
        ...(author.user ? { author: author.user } : {}),
      }),
    );
    if (ok) setText('');
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <aside className="notes-panel" aria-labelledby="notes-heading" data-testid="consultant-notes">
      <h2 id="notes-heading">{t('notes.title')}</h2>
      <p className="hint">{t('notes.private')}</p>
      <form onSubmit={submit} className="form">
        <label className="field">
          <span className="visually-hidden">{t('notes.new')}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            placeholder={t('notes.new')}
          />
        </label>
        <button type="submit" className="button button-secondary" disabled={!text.trim()}>
          {t('notes.add')}
        </button>
      </form>
      <ul className="notes">
        {[...notes].reverse().map((n) => (
          <li key={n.id}>
            <span className="note-origin">
              <time dateTime={n.at}>{date.format(new Date(n.at))}</time>
              {[
                n.author,
                n.device ? (n.device.deviceName ?? t('answers.unnamedTablet')) : undefined,
              ]
                .filter(Boolean)
                .map((part) => ` · ${part}`)}
            </span>
            <p>{n.text}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
