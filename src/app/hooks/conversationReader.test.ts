// The live reading of one conversation: after any change it reads what a whole read would (only the changed
// questions again), the other answers keep their objects, the whole case is never read, and a screen hears of a
// change only once it is stored.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { answerQuestion, chooseAnswer, chooseTile, clearAnswer } from '../../domain/answers';
import * as caseDoc from '../../domain/caseDoc';
import { createCase, startConversation } from '../../domain/commands';
import { conversationsMap } from '../../domain/schema';
import { conversationReader } from './conversationReader';

vi.mock('../../domain/caseDoc', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../domain/caseDoc')>();
  return { ...original, readCase: vi.fn(original.readCase) };
});

const NOW = '2026-11-23T10:00:00.000Z';
const act = (questionId: string, at = NOW) => ({
  conversationId: 'v1',
  questionId,
  language: 'ar',
  answeredBy: 'inburgeraar' as const,
  now: at,
});

const caseWithConversation = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Samira', language: 'ar', now: NOW });
  startConversation(doc, { id: 'v1', type: 'intake-a', language: 'ar', now: NOW });
  startConversation(doc, { id: 'v2', type: 'intake-b', language: 'ti', now: NOW });
  return doc;
};

describe('conversationReader', () => {
  it('reads after every change what a whole read of the conversation reads', () => {
    const doc = caseWithConversation();
    const reader = conversationReader(doc, 'v1');
    const stop = reader.subscribe(() => undefined);
    const same = () => expect(reader.read()).toEqual(caseDoc.readConversationById(doc, 'v1'));

    answerQuestion(doc, {
      ...act('family.partner'),
      value: { kind: 'tiles', tileIds: ['partner-here'] },
    });
    same();
    answerQuestion(doc, { ...act('family.partner', '2026-11-23T10:01:00.000Z'), flag: 'later' });
    same();
    chooseTile(doc, { ...act('family.household'), tileId: 'with-partner', chosen: true });
    chooseTile(doc, { ...act('family.household'), tileId: 'with-children', chosen: true });
    same();
    chooseTile(doc, { ...act('family.household'), tileId: 'with-partner', chosen: false });
    same();
    clearAnswer(doc, {
      conversationId: 'v1',
      questionId: 'family.partner',
      answeredBy: 'inburgeraar',
    });
    same();
    // An answer to another conversation changes nothing here.
    const before = reader.read();
    answerQuestion(doc, { ...act('family.partner'), conversationId: 'v2', flag: 'dont-know' });
    expect(reader.read()).toBe(before);

    // Two tablets apart: a conflict arrives, then the consultant settles it.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    answerQuestion(doc, { ...act('home.kind'), ownWords: 'a flat' });
    answerQuestion(other, { ...act('home.kind', '2026-11-23T10:05:00.000Z'), ownWords: 'a house' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'server');
    same();
    expect(reader.read()?.conflicts['home.kind']).toHaveLength(2);
    chooseAnswer(doc, {
      conversationId: 'v1',
      questionId: 'home.kind',
      entryId: reader.read()!.conflicts['home.kind']![1]!.entryId!,
    });
    same();

    // Many questions at once (a sync), and the conversation's own fields.
    const many = new Y.Doc();
    Y.applyUpdate(many, Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 10; i++) answerQuestion(many, { ...act(`q${i}`), flag: 'later' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(many), 'server');
    same();
    conversationsMap(doc).get('v1')!.set('language', 'ti');
    same();
    expect(reader.read()?.language).toBe('ti');
    stop();
  });

  it('keeps the objects of the answers that did not change, and never reads the whole case', () => {
    const doc = caseWithConversation();
    answerQuestion(doc, { ...act('family.partner'), flag: 'later' });
    const reader = conversationReader(doc, 'v1');
    const stop = reader.subscribe(() => undefined);
    const before = reader.read()!;
    vi.mocked(caseDoc.readCase).mockClear();
    for (let i = 0; i < 5; i++)
      chooseTile(doc, {
        ...act('family.household', `2026-11-23T10:0${i}:00.000Z`),
        tileId: `tile${i}`,
        chosen: true,
      });
    const after = reader.read()!;
    expect(after).not.toBe(before);
    expect(after.answers['family.partner']).toBe(before.answers['family.partner']);
    expect(after.answers['family.household']?.value).toEqual({
      kind: 'tiles',
      tileIds: ['tile0', 'tile1', 'tile2', 'tile3', 'tile4'],
    });
    expect(caseDoc.readCase).not.toHaveBeenCalled();
    stop();
  });

  it('tells a screen of a change once the change is stored, once for a change made of many parts', async () => {
    const doc = caseWithConversation();
    let store: () => void = () => undefined;
    const stored = vi.fn(() => new Promise<void>((resolve) => (store = resolve)));
    const reader = conversationReader(doc, 'v1', stored);
    const onChange = vi.fn();
    const stop = reader.subscribe(onChange);
    doc.transact(() => {
      answerQuestion(doc, { ...act('a'), flag: 'later' });
      answerQuestion(doc, { ...act('b'), flag: 'later' });
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(stored).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    store();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(Object.keys(reader.read()!.answers).sort()).toEqual(['a', 'b']);
    stop();
  });

  it('is shared by the screens of one conversation and stops observing the doc after the last', async () => {
    const doc = caseWithConversation();
    const reader = conversationReader(doc, 'v1');
    expect(conversationReader(doc, 'v1')).toBe(reader);
    const stop = reader.subscribe(() => undefined);
    stop();
    // It lets go once the last screen is gone for good (not between one screen and the next).
    await vi.waitFor(() => expect(conversationReader(doc, 'v1')).not.toBe(reader));
  });
});
