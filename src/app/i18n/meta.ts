// Review status of each locale (locales/<lng>/meta.json): draft text is marked as draft in the app.
export interface LocaleMeta {
  status: 'draft' | 'reviewed';
  reviewer: string | null;
  reviewedAt?: string | null;
  note?: string;
}

const metas = import.meta.glob<LocaleMeta>('../../../locales/*/meta.json', { eager: true, import: 'default' });

export const localeMeta = (lng: string): LocaleMeta | undefined => metas[`../../../locales/${lng}/meta.json`];

export const isDraft = (lng: string): boolean => localeMeta(lng)?.status !== 'reviewed';
