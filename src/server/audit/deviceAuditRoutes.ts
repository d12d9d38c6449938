// POST /api/device-audit: a signed-in tablet (any role; a retiring one too, a revoked one never) sends a batch
// of its own audit entries; the answer confirms up to which sequence number the server has them all.
import type { FastifyInstance } from 'fastify';
import {
  DEVICE_AUDIT_BODY_LIMIT,
  deviceAuditBatchSchema,
  type DeviceAuditReceipt,
} from '../../protocol/deviceAudit';
import { principalOf } from '../auth/requestAuth';
import type { Queryable } from '../persistence/db';
import { storeDeviceAudit } from './deviceAudit';

export const registerDeviceAuditRoutes = (
  app: FastifyInstance,
  { db }: { db: Queryable },
): void => {
  app.post(
    '/api/device-audit',
    { bodyLimit: DEVICE_AUDIT_BODY_LIMIT, preHandler: app.signedIn },
    async (request, reply) => {
      const p = principalOf(request);
      const body = deviceAuditBatchSchema.safeParse(request.body);
      if (!body.success) {
        await request.audit({
          action: 'device-audit',
          outcome: 'refused',
          reason: 'invalid-request',
        });
        return reply.code(400).send({ error: 'invalid-request' });
      }
      const { entries } = body.data;
      const stored = await storeDeviceAudit(db, p, entries);
      const receipt: DeviceAuditReceipt = { upTo: Math.max(...entries.map((e) => e.id)), stored };
      return reply.header('Cache-Control', 'no-store').send(receipt);
    },
  );
};
