// The beschikking as a decision letter, Dutch beside his language (right-to-left where his script is), with
// the objection-and-appeal paragraph and the version's hash; printed through the browser, offline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BESCHIKKING_RULES } from '../../content/pip/plan';
import { directionOf } from '../../content/languages';
import { parseContent, type PipContent, type PipVersion } from '../../domain/pip/versions';
import { formatDay } from '../i18n/dates';
import { DraftNotice } from '../ui/Bilingual';
import { SignatureView } from './SignaturePad';
import { PrintBar } from './PrintBar';
import { useLanguageLoaded } from './useLanguageLoaded';

type Line = { key: string; values?: Record<string, string | number>; free?: string };

/** The letter's lines in order; free text (written by the consultant in Dutch) is shown as written. */
const letterLines = (c: PipContent, withPrivate: boolean): Line[] => {
  const b = c.beschikking;
  const lines: Line[] = [
    { key: 'letter.decision' },
    { key: `letter.route.${c.leerroute.route}` },
    ...(c.leerroute.route === 'b1' && b.afschalenA2 ? [{ key: 'letter.afschalen' }] : []),
    { key: 'letter.term', values: { start: c.term.start, end: c.term.end } },
  ];
  const free = (key: string, text: string) => (text.trim() ? [{ key, free: text }] : []);
  lines.push(
    ...free('letter.voorwaarden', b.voorwaarden),
    ...free('letter.begeleiding', b.begeleiding),
  );
  lines.push(...free('letter.map', b.mapIntensity), ...free('letter.pvt', b.pvtIntensity));
  if (b.asielstatushouder) lines.push(...free('letter.routeIntensity', b.routeIntensity));
  if (b.ontzorgen)
    lines.push({
      key: 'letter.ontzorgen',
      values: { months: b.ontzorgen.months },
      free: b.ontzorgen.how,
    });
  lines.push({ key: 'letter.voortgang', values: { months: b.voortgangEveryMonths } });
  lines.push(...free('letter.vve', b.vve));
  const byWhen = Object.values(c.afspraken).sort((a, b) =>
    (a.when ?? '9999').localeCompare(b.when ?? '9999'),
  );
  for (const a of byWhen) {
    if (a.private && !withPrivate) continue;
    lines.push(
      a.when
        ? { key: 'letter.afspraak', values: { who: `actor:${a.who}`, when: a.when }, free: a.what }
        : { key: 'letter.afspraakOpen', values: { who: `actor:${a.who}` }, free: a.what },
    );
  }
  lines.push(...free('letter.goal', c.goal));
  lines.push({ key: 'letter.bezwaar', values: { weeks: BESCHIKKING_RULES.bezwaarWeeks.value } });
  lines.push({ key: 'letter.beroep' });
  return lines;
};

export function LetterView({ version, number }: { version: PipVersion; number: number }) {
  const { t, i18n } = useTranslation();
  const content = parseContent(version);
  const [lang, setLang] = useState(content.person.language);
  const ready = useLanguageLoaded(lang);
  const [withPrivate, setWithPrivate] = useState(false);
  const hasPrivate = Object.values(content.afspraken).some((a) => a.private);
  if (!ready) return null;
  const columns = lang === 'nl' ? ['nl'] : ['nl', lang];
  const text = (lng: string, line: Line) => {
    const fixed = i18n.getFixedT(lng, 'common');
    const values = Object.fromEntries(
      Object.entries(line.values ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' && v.startsWith('actor:')
          ? fixed(`plan.actor.${v.slice(6)}`)
          : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? formatDay(v, lng)
            : v,
      ]),
    );
    return fixed(line.key, values);
  };
  const lines = letterLines(content, withPrivate);
  return (
    <article className="letter" data-testid="letter" aria-label={t('plan.letter')}>
      <PrintBar
        lang={lang}
        onLang={setLang}
        hasPrivate={hasPrivate}
        withPrivate={withPrivate}
        onWithPrivate={setWithPrivate}
      />
      <header className="letter-head">
        {columns.map((lng) => (
          <div key={lng} lang={lng} dir={directionOf(lng)} className="letter-col">
            <p className="letter-sender">{i18n.getFixedT(lng, 'common')('letter.sender')}</p>
            <h2>{i18n.getFixedT(lng, 'common')('letter.title')}</h2>
            <p>
              {i18n.getFixedT(lng, 'common')('letter.meta', {
                name: content.person.name,
                n: number,
                date: formatDay(version.at, lng),
              })}
            </p>
          </div>
        ))}
      </header>
      {lang !== 'nl' ? <DraftNotice lang={lang} /> : null}
      {lines.map((line, i) => (
        <div
          key={i}
          className={`letter-row${line.key === 'letter.bezwaar' || line.key === 'letter.beroep' ? ' letter-legal' : ''}`}
        >
          {columns.map((lng) => (
            <div key={lng} lang={lng} dir={directionOf(lng)} className="letter-col">
              <p>{text(lng, line)}</p>
              {line.free ? (
                <p className="letter-free" lang="nl" dir="ltr">
                  {line.free}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      ))}
      <footer className="letter-signatures">
        {(['inburgeraar', 'consultant'] as const).map((who) => (
          <figure key={who}>
            <SignatureView signature={version.signatures[who]} name={version.participants[who]} />
            <figcaption>{version.participants[who]}</figcaption>
          </figure>
        ))}
        {version.participants.tolk ? (
          <p>{t('plan.tolkWas', { name: version.participants.tolk })}</p>
        ) : null}
        <p className="letter-hash">{t('plan.hashLine', { n: number, hash: version.hash })}</p>
      </footer>
    </article>
  );
}
