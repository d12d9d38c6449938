// The readable inzage as a page: the labels of stored codes come from the Dutch locale (a code without one is shown
// as stored), drawings are drawn from what the domain reads, and every value is escaped.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import nlCommon from '../../../locales/nl/common.json';
import nlInzage from '../../../locales/nl/inzage.json';
import { TEACH_BACK_DONT_KNOW } from '../../content/explanations';
import { answerQuestion } from '../../domain/answers';
import { addNote, createCase, startConversation } from '../../domain/commands';
import { endConversation, flagTranslation, recordFeedback } from '../../domain/conversationEnd';
import { addStroke, createDrawing, strokesArray } from '../../domain/drawings';
import { recordExplanation } from '../../domain/explanations';
import { openCaseExport } from './export';
import { exportHtml } from './exportHtml';

const SERVER_CLIP = '0b6c7c8e-1111-4222-8333-944455556666';

const caseDoc = (): Y.Doc => {
  const doc = new Y.Doc();
  createCase(doc, {
    id: 'k1',
    name: 'Ali "><script>alert(1)</script>',
    language: 'ar',
    birthYear: 1990,
    now: '2026-11-23T09:00:00Z',
  });
  startConversation(doc, {
    id: 'c1',
    type: 'intake-a',
    language: 'ar',
    participants: { tolk: { language: 'ar', name: 'Tolk T.' } },
    now: '2026-11-23T10:00:00Z',
  });
  const base = { conversationId: 'c1', language: 'ar' };
  answerQuestion(doc, {
    ...base,
    id: 'a1',
    questionId: 'family.partner',
    answeredBy: 'inburgeraar',
    value: { kind: 'tiles', tileIds: ['partner-here'] },
    now: '2026-11-23T10:01:00Z',
  });
  answerQuestion(doc, {
    ...base,
    id: 'a2',
    questionId: 'family.children-count',
    answeredBy: 'consultant',
    value: { kind: 'number', value: 3 },
    now: '2026-11-23T10:02:00Z',
  });
  answerQuestion(doc, {
    ...base,
    id: 'a3',
    questionId: 'health.general',
    answeredBy: 'via-tolk',
    value: { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    now: '2026-11-23T10:03:00Z',
  });
  answerQuestion(doc, {
    ...base,
    id: 'a4',
    questionId: 'interests.draw-day',
    answeredBy: 'inburgeraar',
    drawingRef: 'd1',
    audioRef: SERVER_CLIP,
    now: '2026-11-23T10:04:00Z',
  });
  recordFeedback(doc, {
    conversationId: 'c1',
    feedback: { clear: 'good', respectful: 'bad', length: 'neutral', at: '2026-11-23T10:59:00Z' },
  });
  endConversation(doc, { conversationId: 'c1', now: '2026-11-23T11:00:00Z' });
  addNote(doc, { id: 'n1', text: 'Let op', now: '2026-11-23T10:05:00Z' });
  recordExplanation(doc, {
    id: 'e1',
    cardId: 'inburgeringsplicht',
    conversationId: 'c1',
    language: 'ar',
    understood: false,
    answerTileId: TEACH_BACK_DONT_KNOW,
    now: '2026-11-23T10:06:00Z',
  });
  createDrawing(doc, { id: 'd1', title: 'Mijn huis', now: '2026-11-23T10:07:00Z' });
  addStroke(doc, {
    drawingId: 'd1',
    id: 's1',
    color: 'blue',
    points: [100.4, 100.6, 0.5, 500, 500, 0.5],
    now: '2026-11-23T10:07:30Z',
  });
  addStroke(doc, {
    drawingId: 'd1',
    id: 's2',
    color: 'red',
    size: 80,
    points: [0, 0, 1],
    now: '2026-11-23T10:07:40Z',
  });
  doc.transact(() => {
    // A colour and a size from a newer app, and a stroke a broken peer wrote: drawn black and wide, and left out.
    const newer = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      drawingId: 'd1',
      id: 's3',
      color: 'purple',
      size: 500,
      points: [1, 2, 0.5, 3, 4, 0.5],
      at: 'x',
    }))
      newer.set(k, v);
    const broken = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      drawingId: 'd1',
      id: 's4',
      color: 'green',
      size: 24,
      points: [7, 7],
      at: 'x',
    }))
      broken.set(k, v);
    strokesArray(doc).push([newer, broken]);
  });
  flagTranslation(doc, {
    id: 'f1',
    conversationId: 'c1',
    textKey: 'content:question.family.partner.text',
    language: 'ar',
    shownText: 'هل لديك شريك؟',
    now: '2026-11-23T10:08:00Z',
  });
  doc.getMap('newerPart').set('x', 1);
  return doc;
};

const AUDIT = [
  'case-opened',
  'case-exported',
  'case-deleted',
  'assign-case',
  'sync',
  'sync-message',
  'something-new',
  'constructor',
  'sync.x',
];

const page = async (doc = caseDoc()): Promise<string> => {
  const db = {
    query: async (sql: string) => {
      if (sql.includes('FROM organisations')) return [{ name: 'Gemeente Test' }];
      if (sql.includes('FROM case_projection')) {
        return [
          {
            name: 'case/k1',
            case_id: 'k1',
            display_name: 'Ali',
            language: 'ar',
            conversation_count: 1,
            answer_count: 4,
            last_conversation_type: 'intake-a',
            pip_deadline: '2027-02-01',
            created_at: new Date('2026-11-23T09:00:00Z'),
            extra_field: 'x',
          },
        ];
      }
      if (sql.includes('FROM documents')) return [{ updated_at: new Date('2026-11-24T09:00:00Z') }];
      if (sql.includes('FROM audit_log'))
        return AUDIT.map((action, i) => ({
          at: new Date(Date.UTC(2026, 10, 23, 9, i)),
          action,
          outcome: i % 2 ? 'refused' : 'ok',
          reason: null,
        }));
      if (sql.includes('FROM content_media'))
        return [
          {
            id: SERVER_CLIP,
            mime: 'audio/webm',
            size: 999,
            created_at: new Date('2026-11-20T00:00:00Z'),
          },
        ];
      return [];
    },
  };
  const store = {
    loadDoc: async () => ({ doc, storedBytes: 1234 }),
    pendingUpdates: async () => 0,
  };
  const parts = await openCaseExport(
    { db: db as never, store: store as never },
    { caseId: 'k1', documentName: 'case/k1', organisationId: 'org-1' },
    new Date('2026-11-25T12:00:00Z'),
  );
  try {
    return [...exportHtml(parts)].join('');
  } finally {
    parts.close();
  }
};

const { inzage } = nlInzage;

describe('exportHtml', () => {
  it('labels every audit action and outcome it knows with the words of the Dutch locale, beside the stored code', async () => {
    const html = await page();
    for (const [code, label] of Object.entries(inzage.action))
      expect(html).toContain(`${label} <span class="id">(${code})</span>`);
    expect(html).toContain(`${inzage.outcome.ok} <span class="id">(ok)</span>`);
    expect(html).toContain(`${inzage.outcome.refused} <span class="id">(refused)</span>`);
  });

  it('shows a code it has no label for as stored, also one that names something of the locale or of Object', async () => {
    const html = await page();
    for (const code of ['something-new', 'constructor', 'sync.x'])
      expect(html).toContain(`<td>${code}</td>`);
    expect(html).toContain('<h3>newerPart</h3>');
    expect(html).toContain('<tr><th scope="row">extraField</th><td>x</td></tr>');
  });

  it('takes who answered, the kinds of media, the summary fields and the document parts from the locale', async () => {
    const html = await page();
    for (const label of Object.values(inzage.answeredBy))
      expect(html).toContain(`<td>${label}</td>`);
    expect(html).toContain(`${inzage.media.audio} <span class="id">(audio)</span>`);
    expect(html).toContain(`${inzage.media.drawing} <span class="id">(drawing)</span>`);
    for (const field of ['caseId', 'displayName', 'conversationCount', 'pipDeadline'] as const) {
      expect(html).toContain(`<th scope="row">${inzage.projection[field]}</th>`);
    }
    for (const part of ['meta', 'profile', 'conversations', 'answerEntries', 'strokes'] as const) {
      expect(html).toContain(`<h3>${inzage.part[part]} <span class="id">(${part})</span></h3>`);
    }
    expect(html).toContain(
      `duidelijk: ${nlCommon.end.face.good}; respectvol: ${nlCommon.end.face.bad}; lengte: ${nlCommon.end.face.neutral}`,
    );
    expect(html).toContain(`${nlCommon.conversationType['intake-a']} – <time`);
  });

  it('draws each stroke the domain reads as a polyline: its palette colour, black and at most 200 wide for a newer one', async () => {
    const html = await page();
    expect(html).toContain(
      '<polyline points="100,101 500,500" stroke="#0072b2" stroke-width="24" />',
    );
    expect(html).toContain('<polyline points="0,0" stroke="#d55e00" stroke-width="80" />');
    expect(html).toContain('<polyline points="1,2 3,4" stroke="#1f2a2a" stroke-width="200" />');
    expect(html.match(/<polyline /g)).toHaveLength(3);
    expect(html).toContain('<figcaption>Mijn huis – <time datetime="2026-11-23T10:07:00Z">');
  });

  it('escapes every value and holds no script, image or outside address', async () => {
    const html = await page();
    expect(html).toContain('Ali &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/https?:\/\//i);
  });

  it('says so for every section of an empty document', async () => {
    const html = await page(new Y.Doc());
    for (const text of [
      'Nog geen gesprekken.',
      'Geen aantekeningen.',
      'Geen uitleg gegeven.',
      'Geen tekeningen.',
      'Geen meldingen.',
    ]) {
      expect(html).toContain(`<p class="empty">${text}</p>`);
    }
  });
});
