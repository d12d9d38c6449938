// Stateless messages on a case document: the tablet asks whether the server durably holds everything
// its copy holds (a Yjs snapshot: state vector and delete set, base64); the server answers after every
// update it has taken in is committed.
import { z } from 'zod';

export const coverageRequestSchema = z.object({
  type: z.literal('coverage?'),
  id: z.string().min(1).max(64),
  /** Y.encodeSnapshot of the tablet's copy, base64. */
  snapshot: z.string().max(4_000_000),
});
export type CoverageRequest = z.infer<typeof coverageRequestSchema>;

export const coverageReplySchema = z.object({
  type: z.literal('coverage'),
  id: z.string(),
  covered: z.boolean(),
});
export type CoverageReply = z.infer<typeof coverageReplySchema>;

/** Parses a stateless payload as one of these messages; undefined for anything else. */
export const parseStateless = <T>(schema: z.ZodType<T>, payload: string): T | undefined => {
  try {
    const parsed = schema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};
