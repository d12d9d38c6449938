// Every conversation type suggests domains that exist in the catalog, each once.
import { describe, expect, it } from 'vitest';
import { DOMAINS } from './catalog';
import { CONVERSATION_TYPES, SUGGESTED_DOMAINS, suggestedDomains } from './conversationTypes';

describe('conversation types', () => {
  const ids = DOMAINS.map((d) => d.id);

  it('has suggestions for every conversation type and no other', () => {
    expect(Object.keys(SUGGESTED_DOMAINS).sort()).toEqual([...CONVERSATION_TYPES].sort());
  });

  for (const type of CONVERSATION_TYPES) {
    it(`${type}: suggests existing domains, each once`, () => {
      const suggested = suggestedDomains(type);
      expect(suggested.length).toBeGreaterThan(0);
      expect(suggested.filter((id) => !ids.includes(id))).toEqual([]);
      expect(new Set(suggested).size).toBe(suggested.length);
    });
  }

  it('starts the brede intake with basis op orde, not with work or the future', () => {
    expect(suggestedDomains('intake-a').slice(0, 3)).toEqual(['family', 'health', 'home']);
    expect(suggestedDomains('intake-b')[0]).toBe('money');
  });
});
