// The inzage's words from the Dutch locale: only the locale's own keys count, and a stored code never reaches into
// another part of it.
import { describe, expect, it } from 'vitest';
import {
  answeredByLabel,
  auditActionLabel,
  documentPartLabel,
  explanationCardTitle,
  languageName,
  lookup,
  questionText,
  tileLabel,
} from './inzageLabels';

describe('inzage labels', () => {
  it("looks up a dotted key, and only the file's own keys", () => {
    expect(lookup({ a: { b: 'x' } }, 'a.b')).toBe('x');
    expect(lookup({ a: { b: 'x' } }, 'a')).toBeUndefined();
    expect(lookup({ a: {} }, 'a.constructor')).toBeUndefined();
    expect(lookup({ a: {} }, 'a.__proto__')).toBeUndefined();
  });

  it('labels the codes it knows and no other', () => {
    expect(auditActionLabel('case-exported')).toBe('Inzage gemaakt');
    expect(answeredByLabel('consultant')).toBe('consultant (waarneming)');
    expect(documentPartLabel('strokes')).toBe('Lijnen van de tekeningen');
    for (const code of ['unknown', '', 'constructor', 'case-exported.x', 42, null])
      expect(auditActionLabel(code)).toBeUndefined();
  });

  it('gives questions, pictures and cards their Dutch text, and an unknown one its id', () => {
    expect(questionText('family.partner')).toBe('Heeft u een partner?');
    expect(questionText('no.such')).toBe('no.such');
    expect(tileLabel('no-such-tile')).toBe('no-such-tile');
    expect(explanationCardTitle('no-such-card')).toBeUndefined();
  });

  it('names a language in Dutch with its code, and keeps a code it cannot name', () => {
    expect(languageName('ar')).toBe('Arabisch (ar)');
    expect(languageName('bad lang!')).toBe('bad lang!');
    expect(languageName(undefined)).toBe('');
  });
});
