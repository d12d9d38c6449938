// The readable inzage: the JSON export as one self-contained, printable HTML page in Dutch.
// No scripts, no external assets (the server's CSP allows neither); one inline <style>; every value escaped.
import nlCommon from '../../../locales/nl/common.json';
import nlContent from '../../../locales/nl/content.json';
import nlExplain from '../../../locales/nl/explain.json';
import { findQuestion } from '../../content/catalog';
import { isStrokeColor, STROKE_COLORS } from '../../domain/drawings';
import type { Answer, CaseSnapshot, Conversation } from '../../domain/types';
import type { CaseExport } from './export';

// ---- Escaping and formatting ------------------------------------------------------------------

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A lang attribute only for a well-formed language code. */
const langAttr = (code: unknown): string =>
  typeof code === 'string' && LANGUAGE_CODE.test(code) ? ` lang="${esc(code)}"` : '';

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

const languageName = (code: unknown): string => {
  if (typeof code !== 'string' || !code) return '';
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
};

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

const when = (value: unknown): string => {
  if (typeof value !== 'string' || !value) return '';
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : dateTime.format(t);
};

/** Looks up a dotted i18n key in a locale file; undefined when absent. */
const lookup = (resource: unknown, key: string): string | undefined => {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
};

const questionText = (questionId: string): string => {
  const q = findQuestion(questionId);
  return (q && lookup(nlContent, q.textKey)) ?? questionId;
};

const tileLabel = (tileId: string): string => lookup(nlContent, `tile.${tileId}`) ?? tileId;

const ANSWERED_BY: Record<string, string> = {
  inburgeraar: 'inburgeraar',
  consultant: 'consultant (waarneming)',
  'via-tolk': 'via de tolk',
};

const FACE: Record<string, string> = {
  good: lookup(nlCommon, 'end.face.good') ?? 'Goed',
  neutral: lookup(nlCommon, 'end.face.neutral') ?? 'Gaat wel',
  bad: lookup(nlCommon, 'end.face.bad') ?? 'Niet goed',
};

const ACTIONS: Record<string, string> = {
  'case-opened': 'Dossier geopend op een tablet (synchronisatie)',
  'case-exported': 'Inzage gemaakt',
  'case-deleted': 'Dossier verwijderd',
  sync: 'Toegang tot het dossier',
  'sync-message': 'Wijziging van het dossier',
};

const OUTCOMES: Record<string, string> = { ok: 'uitgevoerd', refused: 'geweigerd' };

const PROJECTION_FIELDS: Record<string, string> = {
  displayName: 'Naam',
  language: 'Taal',
  conversationCount: 'Aantal gesprekken',
  answerCount: 'Aantal antwoorden',
  lastConversationType: 'Laatste soort gesprek',
  pipDeadline: 'Uiterste datum PIP',
  createdAt: 'Aangemaakt',
  updatedAt: 'Laatst bijgewerkt',
};

/** A projection value as a reader expects it: language names, conversation labels, dates. */
const projectionValue = (key: string, value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (key === 'language') return languageName(value);
  if (key === 'lastConversationType')
    return lookup(nlCommon, `conversationType.${String(value)}`) ?? String(value);
  if (key === 'pipDeadline') {
    const t = Date.parse(String(value));
    return Number.isNaN(t)
      ? String(value)
      : new Intl.DateTimeFormat('nl-NL', {
          dateStyle: 'long',
          timeZone: 'Europe/Amsterdam',
        }).format(t);
  }
  if (key === 'createdAt' || key === 'updatedAt') return when(String(value));
  return String(value);
};

// ---- Building blocks ----------------------------------------------------------------------------

const row = (label: string, valueHtml: string) =>
  valueHtml ? `<tr><th scope="row">${esc(label)}</th><td>${valueHtml}</td></tr>` : '';

const facts = (rows: string[]) => {
  const body = rows.filter(Boolean).join('');
  return body ? `<table class="facts">${body}</table>` : '';
};

const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;

const answerValue = (answer: Answer): string => {
  const parts: string[] = [];
  const v = answer.value;
  if (v && typeof v === 'object') {
    if (v.kind === 'tiles' && Array.isArray(v.tileIds))
      parts.push(esc(v.tileIds.map(tileLabel).join(', ')));
    else if (v.kind === 'number') parts.push(esc(v.value));
    else if (v.kind === 'text')
      parts.push(`<span dir="auto"${langAttr(answer.language)}>${esc(v.text)}</span>`);
    else parts.push(`<code>${esc(JSON.stringify(v))}</code>`);
  }
  if (answer.flag)
    parts.push(`<em>${esc(lookup(nlCommon, `flag.${answer.flag}`) ?? answer.flag)}</em>`);
  return parts.join('<br>');
};

const answerRows = (conversation: Conversation): string => {
  // Answers given apart that still wait for the consultant's choice are each a row of their own.
  const answers = Object.entries(conversation.answers ?? {})
    .flatMap(([questionId, answer]) => conversation.conflicts?.[questionId] ?? [answer])
    .sort((a, b) =>
    String(a?.at ?? '').localeCompare(String(b?.at ?? '')),
  );
  if (answers.length === 0) return empty('Geen antwoorden.');
  const rows = answers.map((a) => {
    const media = [
      a.audioRef ? `opname ${esc(a.audioRef)}` : '',
      a.drawingRef ? `tekening ${esc(a.drawingRef)}` : '',
    ].filter(Boolean);
    return `<tr>
      <td>${esc(questionText(a.questionId))}<div class="id">${esc(a.questionId)}</div></td>
      <td>${answerValue(a)}</td>
      <td>${a.ownWords ? `<span dir="auto"${langAttr(a.language)}>${esc(a.ownWords)}</span>` : ''}</td>
      <td>${esc(languageName(a.language))}</td>
      <td>${esc(ANSWERED_BY[a.answeredBy] ?? a.answeredBy)}</td>
      <td>${esc(when(a.at))}</td>
      <td>${media.join('<br>')}</td>
    </tr>`;
  });
  return `<table class="list">
    <thead><tr><th scope="col">Vraag</th><th scope="col">Antwoord</th><th scope="col">Eigen woorden</th>
    <th scope="col">Taal</th><th scope="col">Gegeven door</th><th scope="col">Tijdstip</th><th scope="col">Opname of tekening</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>`;
};

const conversationSection = (c: Conversation): string => {
  const tolk = c.participants?.tolk;
  const sleutel = c.participants?.sleutelpersoon;
  const feedback = c.feedback;
  return `<article class="conversation">
    <h3>${esc(lookup(nlCommon, `conversationType.${c.type}`) ?? c.type)} – ${esc(when(c.startedAt))}</h3>
    ${facts([
      row('Plaats', esc(c.place ?? '')),
      row('Taal van het gesprek', esc(languageName(c.language))),
      row(
        'Tolk',
        tolk
          ? esc([tolk.name, languageName(tolk.language)].filter(Boolean).join(', ') || 'ja')
          : '',
      ),
      row('Sleutelpersoon', sleutel ? esc(sleutel.name || 'ja') : ''),
      row('Afgesloten', esc(when(c.endedAt))),
      row(
        'Gevoelige vragen',
        c.hideSensitive ? 'niet gesteld (weggelaten door de consultant)' : '',
      ),
      row(
        'Hoe was het gesprek',
        feedback
          ? esc(
              [
                feedback.clear ? `duidelijk: ${FACE[feedback.clear] ?? feedback.clear}` : '',
                feedback.respectful
                  ? `respectvol: ${FACE[feedback.respectful] ?? feedback.respectful}`
                  : '',
                feedback.length ? `lengte: ${FACE[feedback.length] ?? feedback.length}` : '',
              ]
                .filter(Boolean)
                .join('; '),
            )
          : '',
      ),
      row('Gesprek-id', esc(c.id)),
    ])}
    ${answerRows(c)}
  </article>`;
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** One drawing as inline SVG (no image request), strokes as polylines in the 1000×1000 square. */
const drawingSvg = (drawing: Record<string, unknown>): string => {
  const strokes = Array.isArray(drawing.strokes) ? drawing.strokes : [];
  const lines = strokes.flatMap((s) => {
    const stroke = record(s);
    const points = Array.isArray(stroke.points) ? stroke.points : [];
    const coords: string[] = [];
    for (let i = 0; i + 1 < points.length; i += 3) {
      const x = points[i];
      const y = points[i + 1];
      if (finite(x) && finite(y)) coords.push(`${Math.round(x)},${Math.round(y)}`);
    }
    if (coords.length === 0) return [];
    const color = isStrokeColor(stroke.color) ? STROKE_COLORS[stroke.color] : STROKE_COLORS.black;
    const size = finite(stroke.size) ? Math.min(Math.max(stroke.size, 1), 200) : 24;
    return [
      `<polyline points="${esc(coords.join(' '))}" stroke="${esc(color)}" stroke-width="${size}" />`,
    ];
  });
  return `<svg class="drawing" viewBox="0 0 1000 1000" role="img" aria-label="Tekening" fill="none"
    stroke-linecap="round" stroke-linejoin="round">${lines.join('')}</svg>`;
};

const drawingsSection = (drawings: unknown): string => {
  const entries = Object.entries(record(drawings));
  if (entries.length === 0) return empty('Geen tekeningen.');
  return entries
    .map(([id, d]) => {
      const drawing = record(d);
      return `<figure>${drawingSvg(drawing)}<figcaption>${esc(
        [drawing.title, when(drawing.createdAt), `tekening ${id}`].filter(Boolean).join(' – '),
      )}</figcaption></figure>`;
    })
    .join('');
};

const explanationsSection = (explanations: unknown): string => {
  const records = Object.values(record(explanations))
    .map(record)
    .sort((a, b) => String(a.at ?? '').localeCompare(String(b.at ?? '')));
  if (records.length === 0) return empty('Geen uitleg gegeven.');
  return `<table class="list"><thead><tr><th scope="col">Uitleg</th><th scope="col">Taal</th>
    <th scope="col">Begrepen</th><th scope="col">Tijdstip</th></tr></thead><tbody>${records
      .map(
        (r) => `<tr><td>${esc(lookup(nlExplain, `card.${String(r.cardId)}.title`) ?? r.cardId)}</td>
        <td>${esc(languageName(r.language))}</td><td>${r.understood === true ? 'ja' : 'nee'}</td>
        <td>${esc(when(r.at))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
};

const translationFlagsSection = (flags: unknown): string => {
  const list = (Array.isArray(flags) ? flags : []).map(record);
  if (list.length === 0) return empty('Geen meldingen.');
  return `<table class="list"><thead><tr><th scope="col">Zin</th><th scope="col">Voorstel</th>
    <th scope="col">Taal</th><th scope="col">Tijdstip</th></tr></thead><tbody>${list
      .map(
        (f) => `<tr><td><span dir="auto"${langAttr(f.language)}>${esc(f.shownText)}</span></td>
        <td><span dir="auto"${langAttr(f.language)}>${esc(f.suggestion ?? '')}</span></td>
        <td>${esc(languageName(f.language))}</td><td>${esc(when(f.at))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
};

const notesSection = (snapshot: CaseSnapshot | null): string => {
  const notes = snapshot?.notes ?? [];
  if (notes.length === 0) return empty('Geen aantekeningen.');
  return `<ul class="notes">${notes
    .map(
      (n) =>
        `<li><div class="when">${esc(when(n.at))}${n.author ? ` – ${esc(n.author)}` : ''}</div><p dir="auto">${esc(n.text)}</p></li>`,
    )
    .join('')}</ul>`;
};

const COVERED = new Set([
  'meta',
  'profile',
  'conversations',
  'notes',
  'explanations',
  'drawings',
  'translationFlags',
]);

const otherDocumentParts = (document: Record<string, unknown>, caseReadable: boolean): string => {
  const rest = Object.entries(document).filter(([key]) => !caseReadable || !COVERED.has(key));
  if (rest.length === 0) return '';
  return `<section><h2>Overige gegevens in het dossier</h2>
    <p>Zoals ze zijn opgeslagen (technische weergave).</p>
    ${rest.map(([key, value]) => `<h3>${esc(key)}</h3><pre>${esc(JSON.stringify(value, null, 2))}</pre>`).join('')}
  </section>`;
};

const auditSection = (entries: CaseExport['audit']): string => {
  if (entries.length === 0) return empty('Geen registraties.');
  return `<table class="list"><thead><tr><th scope="col">Tijdstip</th><th scope="col">Handeling</th>
    <th scope="col">Uitkomst</th></tr></thead><tbody>${entries
      .map(
        (e) => `<tr><td>${esc(when(e.at))}</td><td>${esc(ACTIONS[e.action] ?? e.action)}</td>
        <td>${esc(OUTCOMES[e.outcome] ?? e.outcome)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
};

const STYLE = `
  :root { color: #1f2a2a; background: #fff; font: 16px/1.45 system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1f2a2a; padding-bottom: .25rem; }
  h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
  th, td { text-align: start; vertical-align: top; padding: .3rem .5rem; border: 1px solid #c9d1d1; }
  table.facts { width: auto; }
  table.facts th { font-weight: 600; background: #f2f5f5; }
  table.list thead th { background: #f2f5f5; }
  .id, .when { color: #4a5656; font-size: .85rem; }
  .empty { color: #4a5656; font-style: italic; }
  .intro { background: #f2f5f5; padding: .75rem 1rem; border-inline-start: 4px solid #0072b2; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f7f9f9; padding: .5rem; border: 1px solid #c9d1d1; }
  figure { display: inline-block; margin: .5rem; vertical-align: top; }
  svg.drawing { width: 14rem; height: 14rem; border: 1px solid #c9d1d1; background: #fff; }
  ul.notes { padding-inline-start: 1.2rem; }
  @media print {
    body { margin: 0; max-width: none; }
    article.conversation, figure, tr { break-inside: avoid; }
    h2, h3 { break-after: avoid; }
  }
  @page { margin: 15mm; }
`;

// ---- The page -----------------------------------------------------------------------------------

export const renderExportHtml = (data: CaseExport): string => {
  const snapshot = data.case;
  const profile = snapshot?.profile;
  const name = profile?.name || 'onbekend';
  const conversations = snapshot?.conversations ?? [];
  const media = data.media.references;
  return `<!doctype html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Inzage – ${esc(name)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Inzage in uw gegevens</h1>
  <p>${esc(data.municipality.name)} – gemaakt op ${esc(when(data.exportedAt))}</p>
  <p class="intro">Dit overzicht laat alle gegevens zien die de gemeente in Samenspraak over u bewaart
  voor de brede intake en het persoonlijk plan inburgering en participatie (PIP), en wanneer het dossier
  is gebruikt (Algemene verordening gegevensbescherming, artikel 15).
  Klopt er iets niet? Dan kunt u vragen het te verbeteren of te verwijderen.</p>
</header>
<main>
<section>
  <h2>Over u</h2>
  ${facts([
    row('Naam', `<span dir="auto">${esc(profile?.name ?? '')}</span>`),
    row('Geboortejaar', esc(profile?.birthYear ?? '')),
    row('Taal die u het liefst spreekt', esc(languageName(profile?.language))),
    row('Dossier aangemaakt', esc(when(snapshot?.createdAt))),
    row('Dossiernummer', esc(data.caseId)),
  ])}
</section>
<section>
  <h2>Gesprekken en antwoorden</h2>
  ${conversations.length ? conversations.map(conversationSection).join('') : empty('Nog geen gesprekken.')}
</section>
<section>
  <h2>Aantekeningen van de consultant</h2>
  ${notesSection(snapshot)}
</section>
<section>
  <h2>Uitleg die u kreeg</h2>
  ${explanationsSection(data.document.explanations)}
</section>
<section>
  <h2>Tekeningen</h2>
  ${drawingsSection(data.drawings)}
</section>
<section>
  <h2>Meldingen over onduidelijke vertalingen</h2>
  ${translationFlagsSection(data.document.translationFlags)}
</section>
${otherDocumentParts(data.document, snapshot !== null)}
<section>
  <h2>Overzicht voor de gemeente</h2>
  <p>Een samenvatting van het dossier die de gemeente gebruikt voor haar lijsten.</p>
  ${
    data.projection
      ? facts(
          Object.entries(data.projection)
            .filter(([key]) => key !== 'name' && key !== 'organisationId' && key !== 'caseId')
            .map(([key, value]) =>
              row(PROJECTION_FIELDS[key] ?? key, esc(projectionValue(key, value))),
            ),
        )
      : empty('Nog geen samenvatting gemaakt.')
  }
</section>
<section>
  <h2>Wie het dossier heeft gebruikt</h2>
  <p>Wanneer het dossier is geopend, veranderd, ingezien of geweigerd. Welke medewerker dat was, staat
  hier niet; dat kan de functionaris gegevensbescherming van de gemeente nagaan.</p>
  ${auditSection(data.audit)}
</section>
<section>
  <h2>Wat niet in dit overzicht staat</h2>
  <ul>
    <li>Geluidsopnames van het gesprek staan alleen op de tablet van de consultant, niet op de server${
      media.length
        ? ` (${media.filter((m) => !m.onServer).length} van de ${media.length} waar de antwoorden naar verwijzen)`
        : ''
    }.</li>
    <li>Wijzigingen die een tablet nog niet naar de server heeft gestuurd.</li>
    <li>Reservekopieën (back-ups) van de server; die worden na de bewaartermijn overschreven.</li>
  </ul>
</section>
</main>
<footer><p class="id">Samenspraak – ${esc(data.format)} versie ${esc(data.formatVersion)} – ${esc(data.documentName)}</p></footer>
</body>
</html>
`;
};
