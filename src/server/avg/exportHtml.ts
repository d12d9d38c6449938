// The readable inzage: the JSON export as one self-contained, printable HTML page in Dutch, holding every
// value of the JSON, written piece by piece (a conversation, a drawing, an entry at a time). No scripts, no external assets (the server's CSP allows neither); one inline <style>;
// every value escaped.
// The parts: HTML building blocks (htmlParts.ts, htmlText.ts), the words from the Dutch locale (inzageLabels.ts),
// drawings through the domain's readers (drawingSvg.ts), the complete stored record (storedDataHtml.ts).
import type { Answer, CaseSnapshot, Conversation } from '../../domain/types';
import { drawingFigure } from './drawingSvg';
import type { CaseExport, CaseExportParts } from './export';
import { empty, facts, labelled, ownText, row } from './htmlParts';
import { esc, timeHtml } from './htmlText';
import {
  answeredByLabel,
  auditActionLabel,
  auditOutcomeLabel,
  conversationTypeLabel,
  documentPartLabel,
  explanationCardTitle,
  faceLabel,
  flagLabel,
  languageName,
  mediaKindLabel,
  projectionFieldLabel,
  questionText,
  tileLabel,
} from './inzageLabels';
import { storedPartHtml } from './storedDataHtml';
import { partJson } from './storedParts';

export { esc } from './htmlText';

// ---- Sections -----------------------------------------------------------------------------------

/** A projection value (HTML) as a reader expects it: language names, conversation labels, dates. */
const projectionValue = (key: string, value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (key === 'language') return esc(languageName(value));
  if (key === 'lastConversationType') return labelled(conversationTypeLabel(String(value)), value);
  if (key === 'pipDeadline') return timeHtml(String(value), 'date');
  if (key === 'createdAt' || key === 'updatedAt') return timeHtml(String(value));
  return esc(String(value));
};

const answerValue = (answer: Answer): string => {
  const parts: string[] = [];
  const v = answer.value;
  if (v && typeof v === 'object') {
    if (v.kind === 'tiles' && Array.isArray(v.tileIds))
      parts.push(esc(v.tileIds.map(tileLabel).join(', ')));
    else if (v.kind === 'number') parts.push(esc(v.value));
    else if (v.kind === 'text') parts.push(ownText(v.text, answer.language));
    else parts.push(`<code>${esc(JSON.stringify(v))}</code>`);
  }
  if (answer.flag) parts.push(`<em>${esc(flagLabel(answer.flag) ?? answer.flag)}</em>`);
  return parts.join('<br>');
};

const answerRows = (conversation: Conversation): string => {
  // Answers given apart that still wait for the consultant's choice are each a row of their own.
  const answers = Object.entries(conversation.answers ?? {})
    .flatMap(([questionId, answer]) => conversation.conflicts?.[questionId] ?? [answer])
    .sort((a, b) => String(a?.at ?? '').localeCompare(String(b?.at ?? '')));
  if (answers.length === 0) return empty('Geen antwoorden.');
  const rows = answers.map((a) => {
    const media = [
      a.audioRef ? `opname ${esc(a.audioRef)}` : '',
      a.drawingRef ? `tekening ${esc(a.drawingRef)}` : '',
    ].filter(Boolean);
    return `<tr>
      <td>${esc(questionText(a.questionId))}<div class="id">${esc(a.questionId)}</div></td>
      <td>${answerValue(a)}</td>
      <td>${a.ownWords ? ownText(a.ownWords, a.language) : ''}</td>
      <td>${esc(languageName(a.language))}</td>
      <td>${esc(answeredByLabel(a.answeredBy) ?? a.answeredBy)}</td>
      <td>${timeHtml(a.at)}</td>
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
    <h3>${esc(conversationTypeLabel(c.type) ?? c.type)} – ${timeHtml(c.startedAt)}</h3>
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
      row('Afgesloten', timeHtml(c.endedAt)),
      row(
        'Gevoelige vragen',
        c.hideSensitive ? 'niet gesteld (weggelaten door de consultant)' : '',
      ),
      row(
        'Hoe was het gesprek',
        feedback
          ? esc(
              [
                feedback.clear ? `duidelijk: ${faceLabel(feedback.clear) ?? feedback.clear}` : '',
                feedback.respectful
                  ? `respectvol: ${faceLabel(feedback.respectful) ?? feedback.respectful}`
                  : '',
                feedback.length ? `lengte: ${faceLabel(feedback.length) ?? feedback.length}` : '',
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

function* drawingsSection(parts: CaseExportParts): Generator<string> {
  if (parts.drawingIds.length === 0) return yield empty('Geen tekeningen.');
  for (const id of parts.drawingIds) yield drawingFigure(id, parts.drawing(id));
}

const explanationsSection = (explanations: unknown): string => {
  const records = Object.values(record(explanations))
    .map(record)
    .sort((a, b) => String(a.at ?? '').localeCompare(String(b.at ?? '')));
  if (records.length === 0) return empty('Geen uitleg gegeven.');
  return `<table class="list"><thead><tr><th scope="col">Uitleg</th><th scope="col">Taal</th>
    <th scope="col">Begrepen</th><th scope="col">Tijdstip</th></tr></thead><tbody>${records
      .map(
        (r) => `<tr><td>${esc(explanationCardTitle(r.cardId) ?? r.cardId)}</td>
        <td>${esc(languageName(r.language))}</td><td>${r.understood === true ? 'ja' : 'nee'}</td>
        <td>${timeHtml(r.at)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
};

const translationFlagsSection = (flags: unknown): string => {
  const list = (Array.isArray(flags) ? flags : []).map(record);
  if (list.length === 0) return empty('Geen meldingen.');
  return `<table class="list"><thead><tr><th scope="col">Zin</th><th scope="col">Voorstel</th>
    <th scope="col">Taal</th><th scope="col">Tijdstip</th></tr></thead><tbody>${list
      .map(
        (f) => `<tr><td>${ownText(f.shownText, f.language)}</td>
        <td>${ownText(f.suggestion ?? '', f.language)}</td>
        <td>${esc(languageName(f.language))}</td><td>${timeHtml(f.at)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
};

function* notesSection(snapshot: CaseSnapshot | null): Generator<string> {
  const notes = snapshot?.notes ?? [];
  if (notes.length === 0) return yield empty('Geen aantekeningen.');
  yield '<ul class="notes">';
  for (const n of notes) {
    yield `<li><div class="when">${timeHtml(n.at)}${n.author ? ` – ${esc(n.author)}` : ''}</div><p dir="auto">${esc(n.text)}</p></li>`;
  }
  yield '</ul>';
}

/**
 * The whole case document as stored, every part and field at any depth. The sections above are a readable
 * choice; this record is complete by construction, so a field they do not know (a newer app's, or one
 * inside a known part) is still shown — the inzage must hold everything the JSON export holds.
 */
function* storedDocumentSection(document: CaseExportParts['document']): Generator<string> {
  yield `<section><h2>Alle gegevens van het dossier, zoals ze zijn opgeslagen</h2>
    <p>De volledige inhoud van het dossier, met de technische namen. Hierboven staat hetzelfde leesbaar.</p>
    `;
  if (document.length === 0) yield empty('Het dossier is leeg.');
  for (const part of document) {
    yield `<h3>${labelled(documentPartLabel(part.key), part.key)}</h3>`;
    yield* storedPartHtml(part);
  }
  yield `
  </section>`;
}

const mediaSection = (references: CaseExport['media']['references']): string => {
  if (references.length === 0)
    return empty('De antwoorden verwijzen niet naar opnames of tekeningen.');
  return `<table class="list"><thead><tr><th scope="col">Soort</th><th scope="col">Verwijzing</th>
    <th scope="col">Gesprek</th><th scope="col">Vraag</th><th scope="col">Op de server</th></tr></thead><tbody>${references
      .map((m) => {
        const server = m.onServer;
        return `<tr><td>${labelled(mediaKindLabel(m.kind), m.kind)}</td><td>${esc(m.ref)}</td>
        <td>${esc(m.conversationId)}</td><td>${esc(questionText(m.questionId))}<div class="id">${esc(m.questionId)}</div></td>
        <td>${
          server
            ? `${esc(server.mime)}, ${esc(server.size)} bytes, ${timeHtml(server.createdAt)}<div class="id">${esc(server.url)}</div>`
            : 'nee, alleen op de tablet'
        }</td></tr>`;
      })
      .join('')}</tbody></table>`;
};

const storageSection = (head: CaseExportParts['head'], storage: CaseExport['storage']): string =>
  facts([
    row(
      'Gemeente',
      `${esc(head.municipality.name)} <span class="id">(${esc(head.municipality.id)})</span>`,
    ),
    row('Naam van het dossier in de opslag', esc(head.documentName)),
    row('Laatst samengevoegd', timeHtml(storage.stateUpdatedAt)),
    row('Wijzigingen nog niet samengevoegd', esc(storage.loggedUpdates)),
    row('Grootte van het dossier', `${esc(storage.documentBytes)} bytes`),
    row('Formaat van deze inzage', `${esc(head.format)} versie ${esc(head.formatVersion)}`),
  ]);

function* auditSection(entries: CaseExport['audit']): Generator<string> {
  if (entries.length === 0) return yield empty('Geen registraties.');
  yield `<table class="list"><thead><tr><th scope="col">Tijdstip</th><th scope="col">Handeling</th>
    <th scope="col">Uitkomst</th><th scope="col">Toelichting</th></tr></thead><tbody>`;
  for (const e of entries) {
    yield `<tr><td>${timeHtml(e.at)}</td><td>${labelled(auditActionLabel(e.action), e.action)}</td>
        <td>${labelled(auditOutcomeLabel(e.outcome), e.outcome)}</td><td>${esc(e.reason ?? '')}</td></tr>`;
  }
  yield '</tbody></table>';
}

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
  table.stored { width: auto; margin: .25rem 0; font-size: .9rem; }
  table.stored th { font-weight: 600; background: #f7f9f9; white-space: nowrap; }
  table.stored td { word-break: break-word; }
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

/** The page, in pieces: each conversation, note, drawing, audit entry and stored entry is one or a few. */
export function* exportHtml(parts: CaseExportParts): Generator<string> {
  const { head, tail } = parts;
  const snapshot = parts.case;
  const profile = snapshot?.profile;
  const name = profile?.name || 'onbekend';
  const conversations = snapshot?.conversations ?? [];
  const media = tail.media.references;
  const documentPart = (key: string) => partJson(parts.document.find((part) => part.key === key));
  yield `<!doctype html>
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
  <p>${esc(head.municipality.name)} – gemaakt op ${timeHtml(head.exportedAt)}</p>
  <p class="intro">Dit overzicht laat alle gegevens zien die de gemeente in Samenspraak over u bewaart
  voor de brede intake en het persoonlijk plan inburgering en participatie (PIP), en wanneer het dossier
  is gebruikt (Algemene verordening gegevensbescherming, artikel 15).
  Klopt er iets niet? Dan kunt u vragen het te verbeteren of te verwijderen.</p>
</header>
<main>
<section>
  <h2>Over u</h2>
  ${facts([
    row('Naam', ownText(profile?.name ?? '', undefined)),
    row('Geboortejaar', esc(profile?.birthYear ?? '')),
    row('Taal die u het liefst spreekt', esc(languageName(profile?.language))),
    row('Dossier aangemaakt', timeHtml(snapshot?.createdAt)),
    row('Dossiernummer', esc(head.caseId)),
  ])}
</section>
<section>
  <h2>Gesprekken en antwoorden</h2>
  `;
  if (conversations.length === 0) yield empty('Nog geen gesprekken.');
  for (const conversation of conversations) yield conversationSection(conversation);
  yield `
</section>
<section>
  <h2>Aantekeningen van de consultant</h2>
  `;
  yield* notesSection(snapshot);
  yield `
</section>
<section>
  <h2>Uitleg die u kreeg</h2>
  ${explanationsSection(documentPart('explanations'))}
</section>
<section>
  <h2>Tekeningen</h2>
  `;
  yield* drawingsSection(parts);
  yield `
</section>
<section>
  <h2>Meldingen over onduidelijke vertalingen</h2>
  ${translationFlagsSection(documentPart('translationFlags'))}
</section>
<section>
  <h2>Opnames en tekeningen waar de antwoorden naar verwijzen</h2>
  ${mediaSection(media)}
</section>
<section>
  <h2>Overzicht voor de gemeente</h2>
  <p>Een samenvatting van het dossier die de gemeente gebruikt voor haar lijsten.</p>
  ${
    tail.projection
      ? facts(
          Object.entries(tail.projection).map(([key, value]) =>
            row(projectionFieldLabel(key) ?? key, projectionValue(key, value)),
          ),
        )
      : empty('Nog geen samenvatting gemaakt.')
  }
</section>
<section>
  <h2>Opslag op de server</h2>
  ${storageSection(head, tail.storage)}
</section>
<section>
  <h2>Wie het dossier heeft gebruikt</h2>
  <p>Wanneer het dossier is geopend, veranderd, ingezien of geweigerd. Welke medewerker dat was, staat
  hier niet; dat kan de functionaris gegevensbescherming van de gemeente nagaan.</p>
  `;
  yield* auditSection(tail.audit);
  yield `
</section>
`;
  yield* storedDocumentSection(parts.document);
  yield `
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
<footer><p class="id">Samenspraak – ${esc(head.format)} versie ${esc(head.formatVersion)} – ${esc(head.documentName)}</p></footer>
</body>
</html>
`;
}
