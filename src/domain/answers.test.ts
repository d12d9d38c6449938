// Tests of answers that merge: the register (one entry per answer act, conflicts kept), the tile set,
// the shown-value rule, the consultant's choice and the schema-1 migration. Two tablets apart are two
// Y.Docs that exchange their whole state afterwards, both ways.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerQuestion,
  chooseAnswer,
  chooseTile,
  clearAnswer,
  type AnswerQuestionInput,
} from './answers';
import { readCase, readConversationById } from './caseDoc';
import { createCase, startConversation } from './commands';
import { migrateCaseDoc } from './migrations';
import { conversationsMap, metaMap, schemaVersionOf } from './schema';
import { summarizeCase } from './summary';
import type { AnswerValue } from './types';

const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-23T10:05:00.000Z';
const TABLET_A = { deviceId: 'A', deviceName: 'Tablet Noord', user: 'fenna@gemeente.nl' };
const TABLET_B = { deviceId: 'B', deviceName: 'Tablet Zuid', user: 'joost@gemeente.nl' };

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
  startConversation(doc, { id: 'v1', type: 'intake-a', language: 'ti', now: NOW });
  return doc;
};

/** Two tablets with the same case, then apart: each gets its own copy. */
const twoTablets = () => {
  const a = newCase();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b] as const;
};

const meet = (...docs: Y.Doc[]) => {
  for (const from of docs)
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
};

const base = {
  conversationId: 'v1',
  questionId: 'q',
  language: 'ti',
  answeredBy: 'inburgeraar' as const,
};
const give = (doc: Y.Doc, input: Partial<AnswerQuestionInput>) =>
  answerQuestion(doc, { ...base, now: NOW, ...input });
const conversation = (doc: Y.Doc) => readConversationById(doc, 'v1')!;
const sorted = (value: AnswerValue | undefined) =>
  value?.kind === 'tiles' ? [...value.tileIds].sort() : value;

describe('answerQuestion', () => {
  it('stores the value with language, who answered, tablet and time', () => {
    const doc = newCase();
    const saved = give(doc, {
      questionId: 'family.partner',
      value: { kind: 'tiles', tileIds: ['married'] },
      author: TABLET_A,
      id: 'e1',
    });
    expect(conversation(doc).answers['family.partner']).toEqual({
      questionId: 'family.partner',
      entryId: 'e1',
      value: { kind: 'tiles', tileIds: ['married'] },
      language: 'ti',
      answeredBy: 'inburgeraar',
      at: NOW,
      author: TABLET_A,
    });
    expect(saved.entryId).toBe('e1');
  });

  it('stores a flag answer such as "I\'d rather not say" without a value', () => {
    const doc = newCase();
    give(doc, { flag: 'prefer-not', value: { kind: 'tiles', tileIds: [] } });
    expect(conversation(doc).answers['q']).toMatchObject({ flag: 'prefer-not' });
    expect(conversation(doc).answers['q']?.value).toBeUndefined();
  });

  it("replaces the same person's earlier answer on the same tablet, without a conflict", () => {
    const doc = newCase();
    give(doc, { value: { kind: 'number', value: 2 } });
    give(doc, { value: { kind: 'number', value: 3 }, now: LATER });
    expect(conversation(doc).answers['q']?.value).toEqual({ kind: 'number', value: 3 });
    expect(conversation(doc).conflicts).toEqual({});
  });

  it('does not replace an answer of another person: that is a conflict for the consultant', () => {
    const doc = newCase();
    give(doc, { value: { kind: 'number', value: 2 } });
    give(doc, { value: { kind: 'number', value: 4 }, answeredBy: 'consultant', now: LATER });
    expect(conversation(doc).conflicts['q']?.map((a) => a.value)).toEqual([
      { kind: 'number', value: 4 },
      { kind: 'number', value: 2 },
    ]);
  });

  it('refuses an empty answer and keeps the earlier one', () => {
    const doc = newCase();
    give(doc, { value: { kind: 'text', text: 'ok' } });
    expect(() => give(doc, { value: { kind: 'text', text: '  ' } })).toThrowError(/needs a value/);
    expect(conversation(doc).answers['q']?.value).toEqual({ kind: 'text', text: 'ok' });
  });

  it('refuses an unknown conversation', () => {
    const doc = newCase();
    expect(() => give(doc, { conversationId: 'nope', flag: 'later' })).toThrowError(
      expect.objectContaining({ code: 'conversation-missing' }),
    );
  });

  it('clearAnswer takes back only that question', () => {
    const doc = newCase();
    give(doc, { questionId: 'a', flag: 'later' });
    give(doc, { questionId: 'b', flag: 'dont-know' });
    clearAnswer(doc, { conversationId: 'v1', questionId: 'a', answeredBy: 'inburgeraar' });
    expect(Object.keys(conversation(doc).answers)).toEqual(['b']);
  });
});

describe('who may answer', () => {
  const observation = { forConsultantOnly: true, sensitive: false };
  const sensitive = { forConsultantOnly: false, sensitive: true };

  it('refuses the inburgeraar an observation question of the consultant, and stores nothing', () => {
    const doc = newCase();
    expect(() =>
      give(doc, { questionId: 'languages.obs-reading', flag: 'dont-know', rules: observation }),
    ).toThrowError(expect.objectContaining({ code: 'answer-not-yours' }));
    expect(() =>
      give(doc, {
        questionId: 'languages.obs-reading',
        answeredBy: 'via-tolk',
        flag: 'dont-know',
        rules: observation,
      }),
    ).toThrowError(expect.objectContaining({ code: 'answer-not-yours' }));
    expect(() =>
      chooseTile(doc, {
        ...base,
        questionId: 'languages.obs-reading',
        tileId: 'yes',
        chosen: true,
        now: NOW,
        rules: observation,
      }),
    ).toThrowError(expect.objectContaining({ code: 'answer-not-yours' }));
    expect(conversation(doc).answers).toEqual({});
    give(doc, {
      questionId: 'languages.obs-reading',
      answeredBy: 'consultant',
      value: { kind: 'tiles', tileIds: ['yes'] },
      rules: observation,
    });
    expect(conversation(doc).answers['languages.obs-reading']?.answeredBy).toBe('consultant');
  });

  it('refuses a sensitive question the consultant left out of this conversation', () => {
    const doc = newCase();
    startConversation(doc, {
      id: 'v2',
      type: 'intake-b',
      language: 'ti',
      hideSensitive: true,
      now: NOW,
    });
    expect(() =>
      give(doc, {
        conversationId: 'v2',
        questionId: 'health.mental',
        flag: 'prefer-not',
        rules: sensitive,
      }),
    ).toThrowError(expect.objectContaining({ code: 'question-hidden' }));
    give(doc, {
      conversationId: 'v1',
      questionId: 'health.mental',
      flag: 'prefer-not',
      rules: sensitive,
    });
    expect(conversation(doc).answers['health.mental']?.flag).toBe('prefer-not');
  });
});

describe('two tablets apart, a single-value answer', () => {
  it('keeps both different values, each with its tablet, person and time, and shows the latest by the tablet clock', () => {
    const [a, b] = twoTablets();
    give(a, {
      value: { kind: 'tiles', tileIds: ['married'] },
      author: TABLET_A,
      now: LATER,
      id: 'zz-a',
    });
    give(b, {
      value: { kind: 'tiles', tileIds: ['single'] },
      author: TABLET_B,
      now: NOW,
      id: 'aa-b',
    });
    meet(a, b);
    for (const doc of [a, b]) {
      const c = conversation(doc);
      expect(c.answers['q']?.value).toEqual({ kind: 'tiles', tileIds: ['married'] });
      expect(
        c.conflicts['q']?.map((x) => [x.value, x.author?.deviceName, x.answeredBy, x.at]),
      ).toEqual([
        [{ kind: 'tiles', tileIds: ['married'] }, 'Tablet Noord', 'inburgeraar', LATER],
        [{ kind: 'tiles', tileIds: ['single'] }, 'Tablet Zuid', 'inburgeraar', NOW],
      ]);
    }
    expect(readCase(a)).toEqual(readCase(b));
    expect(summarizeCase(a, NOW).conflictCount).toBe(1);
  });

  it('shows the same value on both tablets whichever Yjs client id is larger (the rule is the clock)', () => {
    for (const [idA, idB] of [
      [1, 2],
      [2, 1],
    ]) {
      const a = new Y.Doc({ gc: true });
      a.clientID = idA!;
      createCase(a, { id: 'c1', name: 'X', language: 'ar', now: NOW });
      startConversation(a, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
      const b = new Y.Doc();
      b.clientID = idB!;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      give(a, { value: { kind: 'number', value: 1 }, now: LATER });
      give(b, { value: { kind: 'number', value: 2 }, now: NOW });
      meet(a, b);
      expect(conversation(b).answers['q']?.value).toEqual({ kind: 'number', value: 1 });
    }
  });

  it('the same value given on both tablets is no conflict', () => {
    const [a, b] = twoTablets();
    give(a, { flag: 'dont-know', author: TABLET_A });
    give(b, { flag: 'dont-know', author: TABLET_B, now: LATER });
    meet(a, b);
    expect(conversation(a).conflicts).toEqual({});
    expect(conversation(a).answers['q']?.flag).toBe('dont-know');
  });

  it("the consultant's choice settles it on every tablet", () => {
    const [a, b] = twoTablets();
    give(a, { value: { kind: 'number', value: 1 }, id: 'one' });
    give(b, { value: { kind: 'number', value: 2 }, id: 'two', now: LATER });
    meet(a, b);
    chooseAnswer(a, { conversationId: 'v1', questionId: 'q', entryId: 'one' });
    meet(a, b);
    for (const doc of [a, b]) {
      expect(conversation(doc).conflicts).toEqual({});
      expect(conversation(doc).answers['q']?.value).toEqual({ kind: 'number', value: 1 });
    }
  });

  it('a choice does not swallow an answer given meanwhile on a third tablet', () => {
    const [a, b] = twoTablets();
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    give(a, { value: { kind: 'number', value: 1 }, id: 'one' });
    give(b, { value: { kind: 'number', value: 2 }, id: 'two' });
    meet(a, b);
    give(c, { value: { kind: 'number', value: 3 }, id: 'three' });
    chooseAnswer(a, { conversationId: 'v1', questionId: 'q', entryId: 'one' });
    meet(a, b, c);
    expect(
      conversation(c)
        .conflicts['q']?.map((x) => x.entryId)
        .sort(),
    ).toEqual(['one', 'three']);
  });

  it('refuses to choose an answer that is not there', () => {
    const doc = newCase();
    expect(() =>
      chooseAnswer(doc, { conversationId: 'v1', questionId: 'q', entryId: 'nope' }),
    ).toThrowError(expect.objectContaining({ code: 'answer-missing' }));
  });
});

describe('two tablets apart, a multi-choice answer', () => {
  const tile = (doc: Y.Doc, tileId: string, chosen = true, now = NOW) =>
    chooseTile(doc, { ...base, questionId: 'family.household', tileId, chosen, now });
  const tiles = (doc: Y.Doc) => conversation(doc).answers['family.household']?.value;

  it('merges tiles added on each tablet: children and parents are both there', () => {
    const [a, b] = twoTablets();
    tile(a, 'with-children');
    tile(b, 'with-parents', true, LATER);
    meet(a, b);
    expect(tiles(a)).toEqual({ kind: 'tiles', tileIds: ['with-children', 'with-parents'] });
    expect(tiles(b)).toEqual(tiles(a));
    expect(conversation(a).conflicts).toEqual({});
  });

  it('a tile taken out on one tablet goes, one added on the other stays', () => {
    const [a, b] = twoTablets();
    tile(a, 'with-partner');
    tile(a, 'with-children');
    meet(a, b);
    tile(a, 'with-partner', false);
    tile(b, 'with-parents');
    meet(a, b);
    expect(sorted(tiles(b))).toEqual(['with-children', 'with-parents']);
    expect(tiles(a)).toEqual(tiles(b));
  });

  it('a tile added again elsewhere while it was taken out here stays (add wins)', () => {
    const [a, b] = twoTablets();
    tile(a, 'alone');
    meet(a, b);
    tile(a, 'alone', false);
    tile(b, 'alone', false);
    tile(b, 'alone', true, LATER);
    meet(a, b);
    expect(tiles(a)).toEqual({ kind: 'tiles', tileIds: ['alone'] });
  });

  it('"I don\'t know" takes back this person\'s tiles; tiles take back "later"', () => {
    const doc = newCase();
    tile(doc, 'alone');
    give(doc, { questionId: 'family.household', flag: 'dont-know', now: LATER });
    expect(conversation(doc).answers['family.household']).toMatchObject({ flag: 'dont-know' });
    expect(tiles(doc)).toBeUndefined();
    give(doc, { questionId: 'family.household', flag: 'later', now: LATER });
    tile(doc, 'with-parents', true, LATER);
    expect(conversation(doc).answers['family.household']?.flag).toBeUndefined();
    expect(tiles(doc)).toEqual({ kind: 'tiles', tileIds: ['with-parents'] });
  });
});

describe('schema 1 documents', () => {
  /** A case as the schema-1 app wrote it: a plain answer per question inside the conversation. */
  const schemaOne = () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      metaMap(doc).set('id', 'old');
      metaMap(doc).set('schemaVersion', 1);
      metaMap(doc).set('createdAt', NOW);
      const c = new Y.Map<unknown>();
      c.set('type', 'intake-a');
      c.set('startedAt', NOW);
      c.set('language', 'ar');
      c.set('participants', {});
      const answers = new Y.Map<unknown>();
      answers.set('family.household', {
        questionId: 'family.household',
        value: { kind: 'tiles', tileIds: ['with-children', 'with-partner'] },
        language: 'ar',
        answeredBy: 'inburgeraar',
        at: NOW,
      });
      answers.set('family.partner', {
        questionId: 'family.partner',
        value: { kind: 'tiles', tileIds: ['married'] },
        ownWords: 'سنتين',
        language: 'ar',
        answeredBy: 'via-tolk',
        at: NOW,
      });
      answers.set('health.feel', {
        questionId: 'health.feel',
        flag: 'prefer-not',
        language: 'ar',
        answeredBy: 'inburgeraar',
        at: NOW,
      });
      c.set('answers', answers);
      conversationsMap(doc).set('v1', c);
    });
    return doc;
  };
  const shown = (doc: Y.Doc) =>
    Object.fromEntries(
      Object.entries(conversation(doc).answers).map(([q, a]) => [
        q,
        { value: a.value, flag: a.flag, ownWords: a.ownWords, by: a.answeredBy },
      ]),
    );

  it('migrate to schema 2 with every answer intact', () => {
    const doc = schemaOne();
    expect(shown(doc)).toEqual({
      'family.household': {
        value: { kind: 'tiles', tileIds: ['with-children', 'with-partner'] },
        flag: undefined,
        ownWords: undefined,
        by: 'inburgeraar',
      },
      'family.partner': {
        value: { kind: 'tiles', tileIds: ['married'] },
        flag: undefined,
        ownWords: 'سنتين',
        by: 'via-tolk',
      },
      'health.feel': {
        value: undefined,
        flag: 'prefer-not',
        ownWords: undefined,
        by: 'inburgeraar',
      },
    });
    const before = shown(doc);
    expect(migrateCaseDoc(doc)).toBe(true);
    expect(schemaVersionOf(doc)).toBe(2);
    expect(shown(doc)).toEqual(before);
  });

  it('a migrated multi-choice answer becomes a set: tiles changed on two migrated tablets merge', () => {
    const a = schemaOne();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateCaseDoc(a);
    migrateCaseDoc(b);
    chooseTile(a, {
      ...base,
      questionId: 'family.household',
      tileId: 'with-parents',
      chosen: true,
      now: LATER,
    });
    chooseTile(b, {
      ...base,
      questionId: 'family.household',
      tileId: 'with-partner',
      chosen: false,
      now: LATER,
    });
    meet(a, b);
    // Both tablets turned the old answer into marks while apart: B's "partner out" removed only its own
    // copy, so partner stays (add wins, nothing lost); children and parents are there.
    expect(sorted(conversation(a).answers['family.household']?.value)).toEqual([
      'with-children',
      'with-parents',
      'with-partner',
    ]);
    expect(conversation(a).conflicts).toEqual({});
    expect(readCase(a)).toEqual(readCase(b));
    chooseTile(a, {
      ...base,
      questionId: 'family.household',
      tileId: 'with-partner',
      chosen: false,
      now: LATER,
    });
    meet(a, b);
    expect(sorted(conversation(b).answers['family.household']?.value)).toEqual([
      'with-children',
      'with-parents',
    ]);
  });

  it('an answer given on an unmigrated copy is replaced without a trace of the old one', () => {
    const doc = schemaOne();
    give(doc, {
      questionId: 'family.partner',
      value: { kind: 'tiles', tileIds: ['single'] },
      now: LATER,
    });
    expect(conversation(doc).answers['family.partner']?.value).toEqual({
      kind: 'tiles',
      tileIds: ['single'],
    });
    expect(conversation(doc).conflicts).toEqual({});
  });
});
