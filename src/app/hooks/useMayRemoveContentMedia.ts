// Whether this tablet's user may remove a recorded prompt or photo: what the server holds is for teamleider and
// beheerder to remove; what is only on this tablet (not sent yet) anyone holding it may take back.
import { canRemoveContentMedia } from '../../protocol/roles';
import type { ContentMediaInfo } from '../../storage/media';
import { useAppStore } from '../state/store';

export function useMayRemoveContentMedia(): (
  info: Pick<ContentMediaInfo, 'uploadState'>,
) => boolean {
  const session = useAppStore((s) => s.session);
  const role =
    session.status === 'signed-in' || session.status === 'expired' ? session.user.role : undefined;
  return (info) =>
    info.uploadState !== 'uploaded' || (role !== undefined && canRemoveContentMedia(role));
}
