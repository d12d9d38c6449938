// Review status of each locale (locales/<lng>/meta.json, or the municipality's own review): draft text is marked
// as draft in the app.
import { municipalLocaleReview } from '../content/municipalContent';
export interface LocaleMeta {
  status: 'draft' | 'reviewed';
  reviewer: string | null;
  reviewedAt?: string | null;
  note?: string;
}

const metas = import.meta.glob<LocaleMeta>('../../../locales/*/meta.json', {
  eager: true,
  import: 'default',
});

/** The locale's review: the municipality's own review (made in the back office) wins over the shipped file's. */
export const localeMeta = (lng: string): LocaleMeta | undefined => {
  const own = municipalLocaleReview(lng);
  if (own) return { status: 'reviewed', reviewer: own.reviewer, reviewedAt: own.reviewedAt };
  return metas[`../../../locales/${lng}/meta.json`];
};

export const isDraft = (lng: string): boolean => localeMeta(lng)?.status !== 'reviewed';
