// The privacy screen's calls to the server, with the session's token: the caseload to choose a case from, the
// inzage (opened in a new tab or saved), the deletion on request, and pages of the audit view.
import type { DeleteCaseResponse, DeletionReason } from '../../../protocol/api';
import type { CaseloadRow } from '../../../protocol/backoffice';
import type { AuditSource, PrivacyAuditPage } from '../../../protocol/privacy';
import { backoffice } from '../../services';

export interface AuditViewFilter {
  caseId?: string;
  user?: string;
  action?: string;
  source?: AuditSource;
}

export const loadCases = (): Promise<CaseloadRow[]> =>
  backoffice.get<CaseloadRow[]>('/api/backoffice/caseload');

export const loadAuditPage = (
  filter: AuditViewFilter,
  before?: string,
): Promise<PrivacyAuditPage> =>
  backoffice.get<PrivacyAuditPage>('/api/backoffice/audit', { ...filter, before });

const exportPath = (caseId: string, format: 'html' | 'json') =>
  `/api/cases/${encodeURIComponent(caseId)}/export${format === 'html' ? '.html' : ''}`;

/** Opens or saves a file the browser holds, and lets go of it after a while. */
const hand = (blob: Blob, link: { download: string } | { target: '_blank' }) => {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, rel: 'noopener', ...link }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/**
 * The readable inzage (a page without scripts) in a new tab, to read together with the person. The tab is opened
 * at the click, before the server answers, so a pop-up blocker lets it through; it is closed again on a failure.
 */
export const openInzage = async (caseId: string): Promise<void> => {
  const tab = window.open('', '_blank');
  try {
    const blob = await backoffice.file(exportPath(caseId, 'html'));
    if (!tab) return hand(blob, { target: '_blank' });
    const url = URL.createObjectURL(blob);
    tab.opener = null;
    tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
};

/** The inzage saved as a file: HTML to hand over, JSON for another system. */
export const saveInzage = async (caseId: string, format: 'html' | 'json'): Promise<void> =>
  hand(await backoffice.file(exportPath(caseId, format)), {
    download: `inzage-${caseId}.${format}`,
  });

export const deleteOnRequest = (
  caseId: string,
  reason: DeletionReason,
  reference: string,
): Promise<DeleteCaseResponse> =>
  backoffice.send<DeleteCaseResponse>('DELETE', `/api/cases/${encodeURIComponent(caseId)}`, {
    reason,
    ...(reference.trim() ? { reference: reference.trim() } : {}),
  });
