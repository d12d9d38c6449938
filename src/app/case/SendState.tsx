// What of this case has reached the server, in plain words: all of it, N changes still on the tablet
// only, or why sending stopped. The work itself always stays on the tablet.
import { useTranslation } from 'react-i18next';
import { useCaseRow } from '../hooks/useCaseRow';
import { useAppStore } from '../state/store';

/** Reasons the case list and this line explain; anything else reads as a general problem. */
const KNOWN_REASONS = new Set([
  'document-load-failed',
  'server-unavailable',
  'document-not-durable',
  'client-id-of-other-device',
  'not-on-server',
  'update-too-large',
  'case-too-large',
  'forbidden',
  'device-revoked',
  'token-expired',
  'invalid-token',
]);

export function SendState({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const row = useCaseRow(caseId);
  const session = useAppStore((s) => s.session.status);
  if (!row) return null;
  if (row.syncState === 'error') {
    const reason = row.syncError && KNOWN_REASONS.has(row.syncError) ? row.syncError : 'other';
    return (
      <p className="send-state send-state-error" role="status" data-testid="send-state">
        {t(`send.error.${reason}`)} {t('send.stays')}
      </p>
    );
  }
  if (row.dirty || row.syncState === 'waiting') {
    return (
      <p className="send-state send-state-waiting" role="status" data-testid="send-state">
        {t('send.waiting', { count: Math.max(1, row.pendingChanges ?? 1) })}{' '}
        {session === 'signed-in' ? t('send.whenOnline') : t('send.signIn')}
      </p>
    );
  }
  return (
    <p className="send-state send-state-synced" role="status" data-testid="send-state">
      {t('send.synced')}
    </p>
  );
}
