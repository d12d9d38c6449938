// For the case page: the explanation cards, which were given and whether they were understood, with dates.
// A tap chooses a card to give (again); a card not understood the last time is marked to repeat.
import { useTranslation } from 'react-i18next';
import { EXPLANATION_CARDS, pictogramOf } from '../../content/explanations';
import { findLanguage } from '../../content/languages';
import { explanationHistory, type ExplanationRecord } from '../../domain/explanations';
import { Pictogram } from '../ui/Pictogram';
import { EXPLAIN_NS, useExplainTexts } from './texts';
import './explain.css';

export interface ExplanationListProps {
  records: readonly ExplanationRecord[];
  onChoose: (cardId: string) => void;
  /** When given, a button to show the consultant's "about me" card. */
  onAboutMe?: () => void;
}

export function ExplanationList({ records, onChoose, onAboutMe }: ExplanationListProps) {
  useExplainTexts('nl');
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(i18n.language, EXPLAIN_NS);
  const history = explanationHistory(records);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (record: ExplanationRecord) => (
    <time dateTime={record.at}>{date.format(new Date(record.at))}</time>
  );
  const result = (record: ExplanationRecord) =>
    record.understood ? t('list.understood') : t('list.notUnderstood');
  const language = (record: ExplanationRecord) => (
    <span lang={record.language}>{findLanguage(record.language)?.endonym ?? record.language}</span>
  );

  return (
    <section className="explain-list" aria-labelledby="explain-list-heading">
      <h2 id="explain-list-heading">{t('list.title')}</h2>
      <p className="hint">{t('list.hint')}</p>
      <ul className="explain-list-items">
        {EXPLANATION_CARDS.map((card) => {
          const given = history.get(card.id);
          const last = given?.last;
          const state = !last ? 'never' : given.understood ? 'understood' : 'repeat';
          const earlier = given ? given.records.slice(0, -1).reverse() : [];
          return (
            <li key={card.id} className={`explain-list-item is-${state}`} data-card={card.id}>
              <button
                type="button"
                className="explain-list-button"
                onClick={() => onChoose(card.id)}
              >
                <Pictogram name={pictogramOf(card.pictogram)} size={56} />
                <span className="explain-list-body">
                  <span className="explain-list-title">{t(card.titleKey)}</span>
                  <span className="explain-list-status">
                    {last ? (
                      <>
                        <span className={`explain-mark is-${state}`} aria-hidden="true">
                          {given.understood ? '✓' : '!'}
                        </span>
                        {t('list.lastGiven', { date: date.format(new Date(last.at)) })} ·{' '}
                        {result(last)} · {language(last)}
                      </>
                    ) : (
                      t('list.never')
                    )}
                  </span>
                  {given ? (
                    <span className="explain-list-count">
                      {t('list.times', { count: given.records.length })}
                    </span>
                  ) : null}
                </span>
              </button>
              {card.consultantNoteKey ? (
                <p className="hint explain-list-note">{t(card.consultantNoteKey)}</p>
              ) : null}
              {earlier.length > 0 ? (
                <details className="explain-history">
                  <summary>{t('list.history')}</summary>
                  <ul>
                    {earlier.map((record) => (
                      <li key={record.id}>
                        {when(record)} · {result(record)} · {language(record)}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {onAboutMe ? (
        <button
          type="button"
          className="button button-secondary explain-about-button"
          onClick={onAboutMe}
        >
          <Pictogram name="conversation" size={32} />
          <span>{t('list.aboutMe')}</span>
        </button>
      ) : null}
    </section>
  );
}
