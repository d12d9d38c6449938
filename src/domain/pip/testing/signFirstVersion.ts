// For tests: the PIP of a case vastgesteld as its first version, signed by a consultant and by him.
import type * as Y from 'yjs';
import { readCase } from '../../caseDoc';
import { vaststellen, type PipVersion } from '../versions';

export const signFirstVersion = (doc: Y.Doc, now: string): Promise<PipVersion> =>
  vaststellen(doc, {
    snapshot: readCase(doc),
    now,
    reason: 'first',
    participants: { consultant: 'K', inburgeraar: readCase(doc).profile.name },
    signatures: { consultant: 'M0 0', inburgeraar: 'M1 1' },
  });
