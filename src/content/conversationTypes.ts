// The domains each conversation type suggests, in order. A suggestion only: the inburgeraar
// chooses on the topic board, the consultant may highlight these but never forces them.
import type { ConversationType } from '../domain/types';

export const SUGGESTED_DOMAINS: Readonly<Record<ConversationType, readonly string[]>> = {
  // Deel A, often in the azc over koffie en koek: informal, the person and basis op orde first.
  'intake-a': ['family', 'health', 'home', 'languages', 'interests'],
  // Deel B at the municipality: bestaanszekerheid, then school, work and the practical side.
  'intake-b': ['money', 'home', 'education', 'work', 'languages', 'network', 'mobility', 'practical'],
  // PIP-gesprek: perspective (ambition × possibilities) and the leerroute.
  pip: ['future', 'work', 'education', 'languages'],
  // Voortgangsgesprek: how someone is now first, then progress, then the plan again.
  voortgang: ['health', 'family', 'money', 'languages', 'work', 'future'],
};

export const suggestedDomains = (type: ConversationType): readonly string[] => SUGGESTED_DOMAINS[type];
