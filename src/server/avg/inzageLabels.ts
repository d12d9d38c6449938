// The words of the readable inzage, from the Dutch locale (locales/nl/*.json) the app is written in: questions and
// pictures (content), explanation cards (explain), the labels of stored codes (inzage.json: the inzage is a Dutch
// page, so these exist only in Dutch), and the app's own words for conversation types, flags and faces (common). A code without a label is shown as it is stored.
import nlCommon from '../../../locales/nl/common.json';
import nlInzage from '../../../locales/nl/inzage.json';
import nlContent from '../../../locales/nl/content.json';
import nlExplain from '../../../locales/nl/explain.json';
import { findQuestion } from '../../content/catalog';

/** Looks up a dotted i18n key in a locale file; undefined when absent (only the file's own keys count). */
export const lookup = (resource: unknown, key: string): string | undefined => {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
};

/**
 * The label of a stored code, by the key `keyOf` gives it. Codes come from the document, so one with a dot (which
 * would reach into another part of the locale) or one that is not text has no label.
 */
const codeLabel = (
  code: unknown,
  keyOf: (code: string) => string,
  resource: unknown = nlCommon,
): string | undefined =>
  typeof code === 'string' && code !== '' && !code.includes('.')
    ? lookup(resource, keyOf(code))
    : undefined;

export const answeredByLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.answeredBy.${c}`, nlInzage);
export const auditActionLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.action.${c}`, nlInzage);
export const auditOutcomeLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.outcome.${c}`, nlInzage);
export const mediaKindLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.media.${c}`, nlInzage);
export const projectionFieldLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.projection.${c}`, nlInzage);
/** Dutch names of the parts of the case document (src/domain); a part a newer app adds keeps its own name. */
export const documentPartLabel = (code: unknown) =>
  codeLabel(code, (c) => `inzage.part.${c}`, nlInzage);
export const conversationTypeLabel = (code: unknown) =>
  codeLabel(code, (c) => `conversationType.${c}`);
export const flagLabel = (code: unknown) => codeLabel(code, (c) => `flag.${c}`);
/** How the conversation was, in the faces he chose from (the app's own words for them). */
export const faceLabel = (code: unknown) => codeLabel(code, (c) => `end.face.${c}`);

export const questionText = (questionId: string): string => {
  const q = findQuestion(questionId);
  return (q && lookup(nlContent, q.textKey)) ?? questionId;
};

export const tileLabel = (tileId: string): string => lookup(nlContent, `tile.${tileId}`) ?? tileId;

export const explanationCardTitle = (cardId: unknown): string | undefined =>
  typeof cardId === 'string' ? lookup(nlExplain, `card.${cardId}.title`) : undefined;

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

/** A language code with its Dutch name: "Arabisch (ar)"; the code alone when it has no name. */
export const languageName = (code: unknown): string => {
  if (typeof code !== 'string' || !code) return '';
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
};
