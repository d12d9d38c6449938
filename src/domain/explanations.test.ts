// Tests of the explanation records: what recordExplanation stores, what it refuses, order, history and sync.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXPLANATION_CARDS, TEACH_BACK_DONT_KNOW } from '../content/explanations';
import { createCase, startConversation } from './commands';
import { LOCAL_ORIGIN } from './schema';
import { DomainError } from './errors';
import {
  explanationHistory,
  explanationsMap,
  readExplanations,
  recordExplanation,
  type RecordExplanationInput,
} from './explanations';

const T1 = '2026-11-23T10:00:00.000Z';
const T2 = '2026-11-23T10:05:00.000Z';
const T3 = '2026-12-07T09:30:00.000Z';

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: T1 });
  startConversation(doc, { id: 'v1', type: 'intake-a', language: 'ti', now: T1 });
  return doc;
};

const right = (over: Partial<RecordExplanationInput> = {}): RecordExplanationInput => ({
  id: 'e1',
  cardId: 'termijn',
  conversationId: 'v1',
  language: 'ti',
  understood: true,
  answerTileId: 'pip',
  now: T1,
  ...over,
});

describe('recordExplanation', () => {
  it('stores the card, conversation, language, chosen picture, result and time in the explanations map', () => {
    const doc = newCase();
    const returned = recordExplanation(doc, right());
    const expected = {
      id: 'e1',
      cardId: 'termijn',
      conversationId: 'v1',
      language: 'ti',
      understood: true,
      answerTileId: 'pip',
      at: T1,
    };
    expect(returned).toEqual(expected);
    expect(doc.getMap('explanations').get('e1')).toEqual(expected);
    expect(readExplanations(doc)).toEqual([expected]);
  });

  it('stores a wrong picture and "I don\'t know" as not understood, and allows no conversation', () => {
    const doc = newCase();
    recordExplanation(doc, right({ id: 'e1', understood: false, answerTileId: 'house' }));
    recordExplanation(
      doc,
      right({
        id: 'e2',
        understood: false,
        answerTileId: TEACH_BACK_DONT_KNOW,
        conversationId: undefined,
        now: T2,
      }),
    );
    const [wrong, dontKnow] = readExplanations(doc);
    expect(wrong).toMatchObject({ understood: false, answerTileId: 'house' });
    expect(dontKnow).toMatchObject({ understood: false, answerTileId: 'dont-know' });
    expect(dontKnow).not.toHaveProperty('conversationId');
  });

  it('keeps every repetition of a card, sorted by time whatever the order of recording', () => {
    const doc = newCase();
    recordExplanation(doc, right({ id: 'late', now: T3 }));
    recordExplanation(
      doc,
      right({ id: 'first', now: T1, understood: false, answerTileId: 'arrival' }),
    );
    recordExplanation(doc, right({ id: 'again', now: T2 }));
    expect(readExplanations(doc).map((r) => r.id)).toEqual(['first', 'again', 'late']);
  });

  it('changes the doc in one local transaction', () => {
    const doc = newCase();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    recordExplanation(doc, right());
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });

  it.each([
    ['an unknown card', right({ cardId: 'nope' }), 'card-unknown'],
    ['a picture the card does not have', right({ answerTileId: 'rent' }), 'answer-unknown'],
    [
      'understood with a wrong picture',
      right({ answerTileId: 'house', understood: true }),
      'answer-mismatch',
    ],
    ['not understood with the right picture', right({ understood: false }), 'answer-mismatch'],
    [
      'understood with "I don\'t know"',
      right({ answerTileId: TEACH_BACK_DONT_KNOW }),
      'answer-mismatch',
    ],
    ['an empty id', right({ id: '  ' }), 'explanation-invalid'],
    ['a language that is not a code', right({ language: 'Tigrinya' }), 'explanation-invalid'],
    ['a time that is not ISO', right({ now: '23-11-2026' }), 'explanation-invalid'],
    ['an unknown conversation', right({ conversationId: 'v9' }), 'conversation-missing'],
  ])('refuses %s with a code and leaves the doc unchanged', (_what, input, code) => {
    const doc = newCase();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => recordExplanation(doc, input)).toThrowError(expect.objectContaining({ code }));
    expect(() => recordExplanation(doc, input)).toThrowError(DomainError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readExplanations(doc)).toEqual([]);
  });

  it('uses DomainError for the codes the domain already knows', () => {
    expect(() => recordExplanation(new Y.Doc(), right())).toThrowError(DomainError);
    expect(() => recordExplanation(newCase(), right({ conversationId: 'v9' }))).toThrowError(
      DomainError,
    );
  });

  it('refuses to overwrite a record with the same id', () => {
    const doc = newCase();
    recordExplanation(doc, right());
    expect(() =>
      recordExplanation(doc, right({ understood: false, answerTileId: 'house' })),
    ).toThrowError(expect.objectContaining({ code: 'explanation-exists' }));
    expect(readExplanations(doc)[0]?.understood).toBe(true);
  });

  it('accepts the right answer of every card in the catalog', () => {
    const doc = newCase();
    EXPLANATION_CARDS.forEach((card, i) => {
      const correct = card.teachBack.options.find((o) => o.correct)!;
      recordExplanation(doc, right({ id: `r${i}`, cardId: card.id, answerTileId: correct.id }));
    });
    expect(readExplanations(doc)).toHaveLength(EXPLANATION_CARDS.length);
  });
});

describe('readExplanations', () => {
  it('is empty for a case without explanations', () => {
    expect(readExplanations(newCase())).toEqual([]);
  });

  it('skips malformed entries that arrived by sync instead of failing', () => {
    const doc = newCase();
    recordExplanation(doc, right());
    (explanationsMap(doc) as Y.Map<unknown>).set('broken', { id: 'broken', cardId: 'termijn' });
    expect(readExplanations(doc).map((r) => r.id)).toEqual(['e1']);
  });

  it('merges records made on two tablets while offline', () => {
    const a = newCase();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    recordExplanation(a, right({ id: 'from-a', now: T2 }));
    recordExplanation(
      b,
      right({ id: 'from-b', now: T1, cardId: 'boete', answerTileId: 'wait', understood: false }),
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readExplanations(a).map((r) => r.id)).toEqual(['from-b', 'from-a']);
    expect(readExplanations(b)).toEqual(readExplanations(a));
  });
});

describe('explanationHistory', () => {
  it('groups per card, oldest first, and lets the last teach-back decide', () => {
    const doc = newCase();
    recordExplanation(doc, right({ id: 'x2', now: T2, understood: false, answerTileId: 'house' }));
    recordExplanation(doc, right({ id: 'x1', now: T1 }));
    recordExplanation(doc, right({ id: 'y1', now: T3, cardId: 'ontzorgen', answerTileId: 'rent' }));
    const history = explanationHistory(readExplanations(doc));
    expect([...history.keys()].sort()).toEqual(['ontzorgen', 'termijn']);
    const termijn = history.get('termijn')!;
    expect(termijn.records.map((r) => r.id)).toEqual(['x1', 'x2']);
    expect(termijn.last?.id).toBe('x2');
    expect(termijn.understood).toBe(false);
    expect(history.get('ontzorgen')?.understood).toBe(true);
  });
});
