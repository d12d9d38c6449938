// Fetches the municipality's content (GET /api/content) and keeps it on the tablet: at start, when the server
// says it changed, and every few minutes. Only a new revision is stored; offline or a server failure keeps what
// the tablet has, and the next round tries again.
import { municipalContentSchema } from '../protocol/municipalContent';
import type { MunicipalContentRow, MunicipalContentStore } from '../storage/municipalContentStore';

export type ContentSyncResult = 'updated' | 'unchanged' | 'offline' | 'server-error' | 'signed-out';

export interface ContentSyncOptions {
  baseUrl: string;
  getAccessToken(): Promise<string>;
  store: MunicipalContentStore;
  /** Called with the stored rows after a new revision was stored. */
  onUpdated?(rows: MunicipalContentRow[]): void;
  fetch?: typeof fetch;
}

export const fetchMunicipalContent = async (
  options: ContentSyncOptions,
): Promise<ContentSyncResult> => {
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let token: string;
  try {
    token = await options.getAccessToken();
  } catch {
    return 'signed-out';
  }
  let response: Response;
  try {
    response = await fetchImpl(`${options.baseUrl}/api/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    return 'offline';
  }
  if (response.status === 401) return 'signed-out';
  if (!response.ok) return 'server-error';
  const parsed = municipalContentSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) return 'server-error';
  if (parsed.data.revision === (await options.store.revision())) return 'unchanged';
  const rows: MunicipalContentRow[] = parsed.data.items.map((i) => ({
    kind: i.kind,
    key: i.key,
    language: i.language,
    value: i.value,
    reviewedBy: i.reviewedBy,
    reviewedAt: i.reviewedAt,
    changedAt: i.changedAt,
  }));
  await options.store.replaceAll(parsed.data.revision, rows);
  options.onUpdated?.(rows);
  return 'updated';
};
