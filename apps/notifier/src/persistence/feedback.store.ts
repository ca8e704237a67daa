import { Db, returnedRows } from './rows';

/** A survey is found by its link's token hash or by its complaint. */
export type SurveyColumn = 'token_hash' | 'complaint_id';

/** An answered survey with the customer's clock, for the callback it may ask for. */
export interface AnsweredSurvey {
  complaint_id: string;
  answered_at: Date;
  timezone: string | null;
  window_from: string | null;
  window_to: string | null;
}

/**
 * The SQL of the surveys (`notifier.feedback`): one per complaint, ever. Stores a new link's token hash; false when
 * the complaint was already sent one.
 */
export async function insertSurvey(db: Db, tokenHash: string, complaintId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO notifier.feedback (token_hash, complaint_id) VALUES ($1, $2) ON CONFLICT (complaint_id) DO NOTHING RETURNING 1`,
    [tokenHash, complaintId],
  );
  return rows.length === 1;
}

/** Whether the survey of this token was answered, and its complaint's locale; undefined for an unknown token. */
export async function surveyState(
  db: Db,
  tokenHash: string,
): Promise<{ answered_at: Date | null; locale: string | null } | undefined> {
  const [row] = await db.query(
    `SELECT f.answered_at, c.locale FROM notifier.feedback f LEFT JOIN notifier.complaints c ON c.id = f.complaint_id WHERE f.token_hash = $1`,
    [tokenHash],
  );
  return row;
}

/** Answers an unanswered survey; the conditional update lets exactly one of two concurrent answers through. */
export async function answerSurvey(
  db: Db,
  column: SurveyColumn,
  key: string,
  answer: { rating: number; comment: string | null; reason: string | null },
): Promise<AnsweredSurvey | undefined> {
  const [row] = returnedRows<AnsweredSurvey>(
    await db.query(
      `UPDATE notifier.feedback f SET answered_at = now(), rating = $2, comment = $3, reason = $4
           FROM notifier.complaints c
           WHERE f.${column} = $1 AND f.answered_at IS NULL AND c.id = f.complaint_id
           RETURNING f.complaint_id, f.answered_at, c.timezone, c.window_from, c.window_to`,
      [key, answer.rating, answer.comment, answer.reason],
    ),
  );
  return row;
}

export async function surveyExists(db: Db, column: SurveyColumn, key: string): Promise<boolean> {
  const [exists] = await db.query(`SELECT 1 FROM notifier.feedback WHERE ${column} = $1`, [key]);
  return exists !== undefined;
}

export async function surveyComplaint(db: Db, column: SurveyColumn, key: string): Promise<string | undefined> {
  const [survey]: { complaint_id: string }[] = await db.query(
    `SELECT complaint_id FROM notifier.feedback WHERE ${column} = $1`,
    [key],
  );
  return survey?.complaint_id;
}

export async function eraseFeedbackCommentsOf(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(`UPDATE notifier.feedback SET comment = NULL WHERE complaint_id = ANY($1)`, [complaintIds]);
}
