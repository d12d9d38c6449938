// Document names on the wire: a case is case/<lower-case uuid>, nothing else parses.
import { describe, expect, it } from 'vitest';
import { parseDocumentName } from './documentName';

describe('document names', () => {
  it('accepts only case/<lower-case uuid>', () => {
    expect(parseDocumentName('case/123e4567-e89b-42d3-a456-426614174000')).toEqual({
      kind: 'case',
      caseId: '123e4567-e89b-42d3-a456-426614174000',
    });
    for (const bad of [
      'case/123E4567-E89B-42D3-A456-426614174000',
      'case/x',
      'case/123e4567-e89b-42d3-a456-426614174000/x',
      'other/123e4567-e89b-42d3-a456-426614174000',
      '',
    ]) {
      expect(parseDocumentName(bad)).toBeUndefined();
    }
  });
});
