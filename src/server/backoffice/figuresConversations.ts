// Figures from what happened in the conversations: explanation cards understood (teach-backs), "I don't
// understand" per question and language, and the faces of the end screen.
import {
  RATING_ASPECTS,
  RATING_FACES,
  type CardUnderstoodRow,
  type NotUnderstoodRow,
  type RatingFace,
  type RatingsFigure,
} from '../../protocol/figures';
import type { Queryable } from '../persistence/db';
import { count, ROWS_OF_ORGANISATION } from './figuresScope';

/** Every teach-back counts once (each record is one explanation given), per card and language. */
export const queryCardsUnderstood = async (
  db: Queryable,
  organisationId: string,
): Promise<CardUnderstoodRow[]> => {
  const rows = await db.query<{
    card_id: string;
    language: string;
    understood: unknown;
    total: unknown;
  }>(
    `SELECT tb.card_id, tb.language, COUNT(*) FILTER (WHERE tb.understood) AS understood, COUNT(*) AS total
     ${ROWS_OF_ORGANISATION('case_teachback', 'tb')}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [organisationId],
  );
  return rows.map((r) => ({
    cardId: r.card_id,
    language: r.language,
    understood: count(r.understood),
    total: count(r.total),
  }));
};

/** "I don't understand" per question and language, most often first (to find bad questions and translations). */
export const queryNotUnderstood = async (
  db: Queryable,
  organisationId: string,
): Promise<NotUnderstoodRow[]> => {
  const rows = await db.query<{
    question_id: string;
    language: string;
    times: unknown;
    cases: unknown;
  }>(
    `SELECT f.question_id, f.language, SUM(f.count) AS times, COUNT(DISTINCT f.name) AS cases
     ${ROWS_OF_ORGANISATION('case_answer_flags', 'f')} AND f.flag = 'not-understood'
     GROUP BY 1, 2 ORDER BY 3 DESC, 4 DESC, 1, 2`,
    [organisationId],
  );
  return rows.map((r) => ({
    questionId: r.question_id,
    language: r.language,
    count: count(r.times),
    cases: count(r.cases),
  }));
};

/** One count per aspect and face, named `<aspect>_<face>` (both from fixed lists, never from a request). */
const FACE_COUNTS = RATING_ASPECTS.flatMap((aspect) =>
  RATING_FACES.map(
    (face) => `COUNT(*) FILTER (WHERE fb.${aspect} = '${face}') AS ${aspect}_${face}`,
  ),
).join(', ');

/** The faces (good, neutral, bad) per aspect over every rated conversation, and how many conversations that is. */
export const queryRatings = async (
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<RatingsFigure> => {
  const [counts = {}] = await db.query(
    `SELECT ${FACE_COUNTS}, COUNT(*) FILTER (WHERE COALESCE(fb.clear, fb.respectful, fb.length) IS NOT NULL) AS conversations
     ${ROWS_OF_ORGANISATION('case_feedback', 'fb')}`,
    [organisationId],
  );
  return {
    figure: 'ratings',
    at: now.toISOString(),
    rows: RATING_ASPECTS.map((aspect) => ({
      aspect,
      ...(Object.fromEntries(
        RATING_FACES.map((face) => [face, count(counts[`${aspect}_${face}`])]),
      ) as Record<RatingFace, number>),
    })),
    conversations: count(counts.conversations),
  };
};
