// Case projection: the back-office row of a case, derived from its Y.Doc whenever the document is stored.
import type * as Y from 'yjs';
import { summarizeCase } from '../../domain/summary';
import type { Queryable } from './db';

export interface ProjectionRow {
  name: string;
  organisation_id: string | null;
  case_id: string;
  display_name: string;
  language: string;
  conversation_count: number;
  answer_count: number;
  last_conversation_type: string | null;
  pip_deadline: string | null;
  created_at: string | null;
  updated_at: string;
}

export const updateCaseProjection = async (
  db: Queryable,
  name: string,
  caseId: string,
  doc: Y.Doc,
  now = new Date(),
): Promise<boolean> => {
  // A case without its meta (not yet written by the tablet) has no summary yet.
  if (!doc.getMap('meta').get('createdAt')) return false;
  const s = summarizeCase(doc, now.toISOString());
  await db.query(
    `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count,
       answer_count, last_conversation_type, pip_deadline, created_at, updated_at)
     VALUES ($1, (SELECT organisation_id FROM documents WHERE name = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (name) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, display_name = EXCLUDED.display_name,
       language = EXCLUDED.language, conversation_count = EXCLUDED.conversation_count,
       answer_count = EXCLUDED.answer_count, last_conversation_type = EXCLUDED.last_conversation_type,
       pip_deadline = EXCLUDED.pip_deadline, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at`,
    [
      name,
      caseId,
      s.name,
      s.language,
      s.conversationCount,
      s.answerCount,
      s.lastConversationType ?? null,
      s.pipDeadline || null,
      s.createdAt || null,
      now.toISOString(),
    ],
  );
  return true;
};

export interface CaseListRow {
  name: string;
  display_name: string | null;
  language: string | null;
  conversation_count: number | null;
  answer_count: number | null;
  last_conversation_type: string | null;
  pip_deadline: string | null;
  created_at: string | null;
  updated_at: unknown;
  assigned_user_id: string | null;
}

/** Every case the organisation owns, with its projection where one was made already (none before the first store). */
export const listOrganisationCases = (
  db: Queryable,
  organisationId: string,
): Promise<CaseListRow[]> =>
  db.query<CaseListRow & Record<string, unknown>>(
    `SELECT d.name, p.display_name, p.language, p.conversation_count, p.answer_count, p.last_conversation_type,
            p.pip_deadline, p.created_at, GREATEST(d.updated_at, p.updated_at) AS updated_at, d.assigned_user_id
     FROM documents d LEFT JOIN case_projection p ON p.name = d.name
     WHERE d.organisation_id = $1 AND d.name LIKE 'case/%'
     ORDER BY 9 DESC`,
    [organisationId],
  );
