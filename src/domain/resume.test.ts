// Tests of which conversation "Begin het gesprek" continues.
import { describe, expect, it } from 'vitest';
import { openConversationOfType } from './resume';
import type { Conversation } from './types';

const conversation = (
  id: string,
  type: Conversation['type'],
  startedAt: string,
  endedAt?: string,
): Conversation => ({
  id,
  type,
  startedAt,
  language: 'ar',
  participants: {},
  answers: {},
  conflicts: {},
  ...(endedAt ? { endedAt } : {}),
});

describe('openConversationOfType', () => {
  it('continues the latest open conversation of the chosen type', () => {
    const list = [
      conversation('a', 'intake-a', '2026-11-01T10:00:00Z'),
      conversation('b', 'intake-a', '2026-11-02T10:00:00Z'),
      conversation('c', 'intake-b', '2026-11-03T10:00:00Z'),
    ];
    expect(openConversationOfType(list, 'intake-a')?.id).toBe('b');
    expect(openConversationOfType(list, 'intake-b')?.id).toBe('c');
  });

  it('starts anew when every conversation of that type has ended, or there is none', () => {
    const list = [conversation('a', 'intake-a', '2026-11-01T10:00:00Z', '2026-11-01T11:00:00Z')];
    expect(openConversationOfType(list, 'intake-a')).toBeUndefined();
    expect(openConversationOfType(list, 'pip')).toBeUndefined();
  });

  it('never continues a private conversation while the partner is present, but does when he is alone again', () => {
    const list = [
      conversation('shared', 'intake-b', '2026-11-01T10:00:00Z'),
      { ...conversation('alone', 'intake-b', '2026-11-02T10:00:00Z'), private: true },
    ];
    expect(openConversationOfType(list, 'intake-b', { partner: true })?.id).toBe('shared');
    expect(openConversationOfType(list, 'intake-b')?.id).toBe('alone');
    expect(openConversationOfType([list[1]!], 'intake-b', { partner: true })).toBeUndefined();
  });
});
