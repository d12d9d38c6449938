// The municipality's own content and its review, shared by server, tablets and back office (issue 14):
// texts (a translation or a Dutch wording of its own), legal figures and card sources it checked, local partners, and review
// marks of one string or a whole locale. Versioned on the server; the tablets hold the current set offline.
import { z } from 'zod';

export const CONTENT_KINDS = ['text', 'fact', 'partner', 'locale-review', 'source'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** "explain:boete.panel1", "content:tile.yes": an i18n namespace and key. */
export const textKeySchema = z
  .string()
  .regex(/^(common|content|drawing|explain):[A-Za-z0-9._-]{1,200}$/);
export const languageSchema = z.string().regex(/^[a-z]{2,3}$/);
const reviewerSchema = z.string().trim().min(2).max(120);

export const textValueSchema = z.object({ text: z.string().min(1).max(4000) });
export const sourceSchema = z.object({
  title: z.string().trim().min(2).max(200),
  article: z.string().trim().max(200).optional(),
  url: z.url().max(500).optional(),
});
export const factValueSchema = z.object({
  value: z.number().positive().max(1_000_000),
  source: sourceSchema,
  /** YYYY-MM-DD on which the figure was checked against its source. */
  checkedAt: z.iso.date(),
});
export const partnerValueSchema = z.object({
  name: z.string().trim().min(2).max(120),
  /** What they do for the inburgeraar, in Dutch for the consultant. */
  about: z.string().trim().max(500).default(''),
  phone: z.string().trim().max(40).default(''),
  address: z.string().trim().max(200).default(''),
  url: z.url().max(500).optional(),
});
/** The source of an explanation card as the municipality checked it. */
export const cardSourceValueSchema = z.object({ source: sourceSchema, checkedAt: z.iso.date() });
export const localeReviewValueSchema = z.object({ note: z.string().trim().max(500).default('') });

export type TextValue = z.infer<typeof textValueSchema>;
export type FactValue = z.infer<typeof factValueSchema>;
export type PartnerValue = z.infer<typeof partnerValueSchema>;

/** One change from the back office: a new version of an entry, or `value: null` to take it back. */
export const contentChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    key: textKeySchema,
    language: languageSchema,
    value: textValueSchema.nullable(),
    reviewer: reviewerSchema.optional(),
  }),
  z.object({
    kind: z.literal('fact'),
    key: z.enum([
      'inburgeringstermijnYears',
      'ontzorgenMonths',
      'intakeFineEuro',
      'pipWithinWeeks',
    ]),
    language: z.literal('').default(''),
    value: factValueSchema.nullable(),
    reviewer: reviewerSchema.optional(),
  }),
  z.object({
    kind: z.literal('partner'),
    key: z.string().regex(/^[a-z0-9-]{2,60}$/),
    language: z.literal('').default(''),
    value: partnerValueSchema.nullable(),
    reviewer: reviewerSchema.optional(),
  }),
  z.object({
    kind: z.literal('source'),
    key: z.string().regex(/^[a-z0-9-]{2,60}$/),
    language: z.literal('').default(''),
    value: cardSourceValueSchema.nullable(),
    reviewer: reviewerSchema.optional(),
  }),
  z.object({
    kind: z.literal('locale-review'),
    key: z.literal('').default(''),
    language: languageSchema,
    value: localeReviewValueSchema.nullable(),
    reviewer: reviewerSchema,
  }),
]);
export type ContentChange = z.infer<typeof contentChangeSchema>;

/** An entry as it counts now (the newest version of its slot). */
export interface ContentItem {
  kind: ContentKind;
  key: string;
  language: string;
  value: unknown;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Server sequence number of this version. */
  seq: number;
  changedAt: string;
}

/** GET /api/content: what the tablets hold; `revision` changes whenever anything changes. */
export interface MunicipalContent {
  revision: number;
  items: ContentItem[];
}

export const municipalContentSchema = z.object({
  revision: z.number().int().nonnegative(),
  items: z.array(
    z.object({
      kind: z.enum(CONTENT_KINDS),
      key: z.string().max(260),
      language: z.string().max(10),
      value: z.unknown(),
      reviewedBy: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      seq: z.number().int(),
      changedAt: z.string(),
    }),
  ),
});

/** A version in an entry's history (back office). */
export interface ContentVersion extends ContentItem {
  value: unknown;
  changedBy: string | null;
}

/** The tolken's flags on one sentence in one language, grouped for review. */
export interface TranslationFlagGroup {
  textKey: string;
  language: string;
  count: number;
  lastAt: string;
  /** The sentence as the tolk saw it (newest). */
  shownText: string;
  /** The built-in text now (Dutch beside it for the reviewer). */
  builtIn: string | null;
  dutch: string | null;
  /** The municipality's own text now, if any. */
  current: { text: string; reviewedBy: string | null; reviewedAt: string | null } | null;
  suggestions: { text: string; count: number }[];
  /** Flags newer than the last review of this sentence: still to look at. */
  open: boolean;
}

/** POST /api/backoffice/translations/:lng/import: what changed. */
export interface ImportReport {
  changed: number;
  unchanged: number;
  /** Keys that the app does not know (left out). */
  unknown: string[];
}
