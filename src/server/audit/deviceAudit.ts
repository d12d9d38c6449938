// The tablets' own audit entries on the server: a batch is stored in one statement, each entry once per device
// (its sequence number on the tablet is the key), under the device, user and municipality of the sender's token.
import type { DeviceAuditEntry } from '../../protocol/deviceAudit';
import type { Queryable } from '../persistence/db';
import { cleanClientText } from './cleanText';

export interface DeviceAuditSender {
  deviceId: string;
  userId: string;
  organisationId: string;
}

/** Stores the entries not stored before; returns how many were new. */
export const storeDeviceAudit = async (
  db: Queryable,
  sender: DeviceAuditSender,
  entries: readonly DeviceAuditEntry[],
): Promise<number> => {
  if (entries.length === 0) return 0;
  const rows = await db.query<{ local_id: unknown }>(
    `INSERT INTO device_audit (device_id, organisation_id, user_id, local_id, at, action, case_id, detail)
     SELECT $1::uuid, $2::uuid, $3::uuid, e.local_id, e.at, e.action, e.case_id, e.detail
     FROM unnest($4::bigint[], $5::timestamptz[], $6::text[], $7::text[], $8::text[])
       AS e(local_id, at, action, case_id, detail)
     ON CONFLICT (device_id, local_id) DO NOTHING
     RETURNING local_id`,
    [
      sender.deviceId,
      sender.organisationId,
      sender.userId,
      entries.map((e) => e.id),
      entries.map((e) => e.at),
      entries.map((e) => cleanClientText(e.action, 64)),
      entries.map((e) => e.caseId ?? null),
      entries.map((e) => (e.detail === undefined ? null : cleanClientText(e.detail))),
    ],
  );
  return rows.length;
};
