// Agreements as pictures: who acts (picture and name), what it is about, and the day as a calendar leaf — in
// his language, with the Dutch small beneath; for someone who cannot read, the pictures and the day carry it.
import { useTranslation } from 'react-i18next';
import { ACTORS, NEED_PICTOGRAMS } from '../../content/pip/plan';
import { directionOf } from '../../content/languages';
import type { Afspraak } from '../../domain/pip/plan';
import { dayParts } from '../i18n/dates';
import { Pictogram } from '../ui/Pictogram';
import './agreements.css';

export function DayLeaf({ day, lang }: { day: string; lang: string }) {
  const parts = dayParts(day, lang);
  return (
    <span className="day-leaf" lang={lang} dir={directionOf(lang)}>
      <span className="day-leaf-month">{parts.month}</span>
      <span className="day-leaf-day">{parts.day}</span>
      <span className="day-leaf-year">{parts.year}</span>
    </span>
  );
}

export function AgreementCards({ afspraken, lang }: { afspraken: Afspraak[]; lang: string }) {
  const { i18n } = useTranslation();
  const own = i18n.getFixedT(lang, 'common');
  const nl = i18n.getFixedT('nl', 'common');
  return (
    <ul className="agreement-cards">
      {afspraken.map((a) => (
        <li key={a.id} className="agreement-card" data-testid="agreement-card">
          <span className="agreement-pictures">
            <Pictogram name={ACTORS[a.who]} size={72} />
            {a.need && NEED_PICTOGRAMS[a.need] ? (
              <Pictogram name={NEED_PICTOGRAMS[a.need]!} size={72} />
            ) : null}
          </span>
          <span className="agreement-who">
            <span lang={lang} dir={directionOf(lang)} className="bilingual-own">
              {own(`plan.actor.${a.who}`)}
            </span>
            {lang !== 'nl' ? (
              <span lang="nl" dir="ltr" className="bilingual-nl">
                {nl(`plan.actor.${a.who}`)}
              </span>
            ) : null}
          </span>
          <span className="agreement-what" lang="nl" dir="ltr">
            {a.what}
          </span>
          {a.when ? <DayLeaf day={a.when} lang={lang} /> : null}
        </li>
      ))}
    </ul>
  );
}
