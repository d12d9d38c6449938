// Case projection: the back-office rows of a case, derived from its Y.Doc whenever the document is stored, so the
// back office queries SQL and never parses a document per request (rebuilt with `npm run admin -- rebuild-projection`).
import type * as Y from 'yjs';
import { caseFacts } from '../../domain/caseFacts';
import type { Database, Queryable } from './db';

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

type Transactional = Queryable & Partial<Pick<Database, 'transaction'>>;

/** Runs the writes of one case together where the store can (a Database); a bare Queryable runs them in turn. */
const together = <T>(db: Transactional, fn: (tx: Queryable) => Promise<T>): Promise<T> =>
  db.transaction ? db.transaction(fn) : fn(db);

/**
 * Writes the back-office rows of a case from its document: the case row (summary, PIP, languages) and its
 * flags, ratings and teach-backs, replacing what was there. Returns false for a document without its meta yet.
 */
export const updateCaseProjection = async (
  db: Transactional,
  name: string,
  caseId: string,
  doc: Y.Doc,
  now = new Date(),
): Promise<boolean> => {
  // A case without its meta (not yet written by the tablet) has no summary yet.
  if (!doc.getMap('meta').get('createdAt')) return false;
  const f = caseFacts(doc, now.toISOString());
  const s = f.summary;
  await together(db, async (tx) => {
    await tx.query(
      `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count,
         answer_count, last_conversation_type, pip_deadline, created_at, updated_at, registration_date, leerroute,
         pip_version_count, pip_vastgesteld_at, pip_latest_version_at, termijn_end, first_conversation_at, languages,
         conflict_count)
       VALUES ($1, (SELECT organisation_id FROM documents WHERE name = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
         $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (name) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, display_name = EXCLUDED.display_name,
         language = EXCLUDED.language, conversation_count = EXCLUDED.conversation_count,
         answer_count = EXCLUDED.answer_count, last_conversation_type = EXCLUDED.last_conversation_type,
         pip_deadline = EXCLUDED.pip_deadline, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
         registration_date = EXCLUDED.registration_date, leerroute = EXCLUDED.leerroute,
         pip_version_count = EXCLUDED.pip_version_count, pip_vastgesteld_at = EXCLUDED.pip_vastgesteld_at,
         pip_latest_version_at = EXCLUDED.pip_latest_version_at, termijn_end = EXCLUDED.termijn_end,
         first_conversation_at = EXCLUDED.first_conversation_at, languages = EXCLUDED.languages,
         conflict_count = EXCLUDED.conflict_count`,
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
        f.registrationDate ?? null,
        f.leerroute ?? null,
        f.pipVersionCount,
        f.pipVastgesteldAt ?? null,
        f.pipLatestVersionAt ?? null,
        s.termijnEnd ?? null,
        f.firstConversationAt ?? null,
        f.languages,
        s.conflictCount ?? 0,
      ],
    );
    for (const table of [
      'case_answer_flags',
      'case_feedback',
      'case_teachback',
      'case_translation_flags',
    ]) {
      await tx.query(`DELETE FROM ${table} WHERE name = $1`, [name]);
    }
    for (const flag of f.flags) {
      await tx.query(
        'INSERT INTO case_answer_flags (name, question_id, language, flag, count) VALUES ($1, $2, $3, $4, $5)',
        [name, flag.questionId, flag.language, flag.flag, flag.count],
      );
    }
    for (const r of f.feedback) {
      await tx.query(
        'INSERT INTO case_feedback (name, conversation_id, language, clear, respectful, length, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          name,
          r.conversationId,
          r.language,
          r.clear ?? null,
          r.respectful ?? null,
          r.length ?? null,
          r.at,
        ],
      );
    }
    for (const t of f.teachBack) {
      await tx.query(
        'INSERT INTO case_teachback (name, record_id, card_id, language, understood, at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [name, t.id, t.cardId, t.language, t.understood, t.at],
      );
    }
    for (const flag of f.translationFlags) {
      await tx.query(
        `INSERT INTO case_translation_flags (name, flag_id, text_key, language, shown_text, suggestion, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [name, flag.id, flag.textKey, flag.language, flag.shownText, flag.suggestion, flag.at],
      );
    }
  });
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
