// The domains each conversation type suggests, in order. A suggestion only: the inburgeraar
// chooses on the topic board, the consultant may highlight these but never forces them.

/** The four conversations of the brede intake and the PIP (domain/types.ts re-exports them for the case document). */
export type ConversationType = 'intake-a' | 'intake-b' | 'pip' | 'voortgang';

export const CONVERSATION_TYPES: readonly ConversationType[] = [
  'intake-a',
  'intake-b',
  'pip',
  'voortgang',
];

export const SUGGESTED_DOMAINS: Readonly<Record<ConversationType, readonly string[]>> = {
  // Deel A, often in the azc over koffie en koek: informal, the person and basis op orde first.
  'intake-a': ['family', 'health', 'home', 'languages', 'interests'],
  // Deel B at the municipality: bestaanszekerheid, then school, work and the practical side.
  'intake-b': [
    'money',
    'home',
    'education',
    'work',
    'languages',
    'network',
    'mobility',
    'practical',
  ],
  // PIP-gesprek: perspective (ambition × possibilities) and the leerroute.
  pip: ['future', 'work', 'education', 'languages'],
  // Voortgangsgesprek: how someone is now first, then progress, then the plan again.
  voortgang: ['health', 'family', 'money', 'languages', 'work', 'future'],
};

export const suggestedDomains = (type: ConversationType): readonly string[] =>
  SUGGESTED_DOMAINS[type];
