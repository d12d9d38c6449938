// Municipality content media (recorded prompts and photos): kinds, accepted types, size limits and API shapes.
import { z } from 'zod';

/** A recorded prompt (a sentence spoken in one language) or a photo of the municipality. */
export const CONTENT_MEDIA_KINDS = ['prompt', 'photo'] as const;
export type ContentMediaKind = (typeof CONTENT_MEDIA_KINDS)[number];

export const PROMPT_MIMES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Largest accepted upload per kind, in bytes (a minute of speech at 32 kbit/s is about 240 kB). */
export const MAX_CONTENT_MEDIA_BYTES: Record<ContentMediaKind, number> = {
  prompt: 2 * 1024 * 1024,
  photo: 1024 * 1024,
};

/** "audio/webm;codecs=opus" → "audio/webm". */
export const mimeEssence = (mime: string): string =>
  (mime.split(';')[0] ?? '').trim().toLowerCase();

export const acceptedMime = (kind: ContentMediaKind, mime: string): boolean =>
  (kind === 'prompt'
    ? (PROMPT_MIMES as readonly string[])
    : (PHOTO_MIMES as readonly string[])
  ).includes(mimeEssence(mime));

/**
 * What a prompt or photo belongs to: an i18n key with namespace for prompts ("content:tile.yes"),
 * "question:<id>" or "tile:<id>" for photos. Plain ASCII, so it is safe in URLs and logs.
 */
export const contentKeySchema = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/);

/** A BCP 47-like language code of the app ("ti", "prs", "ar"); photos have no language (""). */
export const contentLanguageSchema = z.string().regex(/^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/);

/** Query of POST /api/content-media; the body is the raw bytes, their type in Content-Type. */
export const contentMediaUploadQuerySchema = z
  .object({
    /** Chosen by the tablet, so a retried upload is stored once. */
    id: z.uuid(),
    kind: z.enum(CONTENT_MEDIA_KINDS),
    key: contentKeySchema,
    language: contentLanguageSchema.default(''),
  })
  .refine((q) => (q.kind === 'prompt' ? q.language !== '' : q.language === ''), {
    message: 'A prompt has a language, a photo has none.',
  });
export type ContentMediaUploadQuery = z.input<typeof contentMediaUploadQuerySchema>;

/** One item of GET /api/content-media: the newest media of each (kind, key, language) of the municipality. */
export const contentMediaItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(CONTENT_MEDIA_KINDS),
  key: z.string(),
  language: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type ContentMediaItem = z.infer<typeof contentMediaItemSchema>;

export const contentMediaListSchema = z.array(contentMediaItemSchema);

/** Why the server refused an upload (in `reason` beside `error: 'invalid-request'`). */
export type ContentMediaRefusal =
  'too-large' | 'unsupported-type' | 'bad-query' | 'content-mismatch' | 'id-taken';
