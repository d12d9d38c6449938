// Names of recorded prompts and photos: what a recording or a photo belongs to.
import { DOMAINS } from '../../content/catalog';

/** A sentence of the question catalog (namespace `content`): a question text, its simpler wording, a tile label. */
export const contentPromptKey = (i18nKey: string): string => `content:${i18nKey}`;

/** A text of another namespace, e.g. commonPromptKey('talk.chooseLanguage'). */
export const commonPromptKey = (i18nKey: string): string => `common:${i18nKey}`;

/** The name of a language, spoken in that language (language choice). */
export const languagePromptKey = (code: string): string => `language:${code}`;

/** A municipality photo shown with a question. */
export const questionPhotoKey = (questionId: string): string => `question:${questionId}`;

/** A municipality photo shown on an answer tile (a tile id has one label everywhere, so one photo too). */
export const tilePhotoKey = (tileId: string): string => `tile:${tileId}`;

/** Every sentence of the catalog that can be recorded: question texts, simpler wordings and tile labels. */
export const CATALOG_PROMPT_KEYS: readonly string[] = [
  ...new Set(
    DOMAINS.flatMap((d) =>
      d.questions.flatMap((q) => [
        q.textKey,
        ...(q.simpleKey ? [q.simpleKey] : []),
        ...q.tiles.map((t) => t.labelKey),
      ]),
    ).map(contentPromptKey),
  ),
];
