// The back office's API shapes: the caseload of a municipality with its filters (issue 14).
import { z } from 'zod';

export const caseloadQuerySchema = z.object({
  /** The consultant a case is assigned to. */
  consultant: z.string().uuid().optional(),
  /** A decided leerroute, or "none" for cases without one yet. */
  route: z.enum(['b1', 'onderwijs', 'z', 'none']).optional(),
  /** A language spoken in the case (his, or a tolk's). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** Whether the PIP is vastgesteld yet. */
  status: z.enum(['pip-open', 'pip-vastgesteld']).optional(),
  /** Only cases whose deadline that matters now is past, or within two weeks. */
  deadline: z.enum(['overdue', 'soon']).optional(),
});
export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>;

export interface CaseloadRow {
  caseId: string;
  name: string | null;
  language: string | null;
  languages: string[];
  consultantId: string | null;
  consultantEmail: string | null;
  leerroute: string | null;
  registrationDate: string | null;
  pipDeadline: string | null;
  pipVastgesteldAt: string | null;
  termijnEnd: string | null;
  pipVersionCount: number;
  /** The deadline that matters now: the PIP's until it is vastgesteld, then the term's end. */
  nextDeadline: string | null;
  urgency: 'overdue' | 'soon' | 'calm' | 'unknown';
  updatedAt: string;
}
