import { EntityManager } from 'typeorm';
import { returnedRows } from './query-results';

/** A connection or a transaction's manager: the store's functions run in whichever the caller holds. */
export type Db = Pick<EntityManager, 'query'>;

export interface MemberRow {
  id: string;
  name: string;
  department: string;
  chair: boolean;
}

/** A current member's row with the time they were added. */
export type RosterRow = MemberRow & { addedAt: Date };

/** The SQL of the committee roster (`triage.committee_members`): who may vote, and who chairs. */
export async function currentMemberByTokenHash(db: Db, tokenHash: string): Promise<MemberRow | undefined> {
  const [member]: MemberRow[] = await db.query(
    `SELECT id, name, department, chair FROM triage.committee_members WHERE token_hash = $1 AND removed_at IS NULL`,
    [tokenHash],
  );
  return member;
}

export function rosterRows(db: Db): Promise<RosterRow[]> {
  return db.query(
    `SELECT id, name, department, chair, added_at AS "addedAt" FROM triage.committee_members
     WHERE removed_at IS NULL ORDER BY chair DESC, added_at, id`,
  );
}

/** Serialises roster changes for the rest of the transaction, so two additions cannot both pass the size check. */
export async function lockRoster(db: Db): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('triage:committee-roster'))`);
}

export async function countCurrentMembers(db: Db): Promise<number> {
  const [{ members }]: { members: number }[] = await db.query(
    `SELECT count(*)::int AS members FROM triage.committee_members WHERE removed_at IS NULL`,
  );
  return members;
}

/** Adds a member (the chair when `chair`); returns when they were added. */
export async function insertMember(
  db: Db,
  member: { id: string; name: string; department: string; chair?: boolean },
  tokenHash: string,
): Promise<Date> {
  const [{ addedAt }]: { addedAt: Date }[] = await db.query(
    `INSERT INTO triage.committee_members (id, name, department, chair, token_hash) VALUES ($1, $2, $3, $4, $5) RETURNING added_at AS "addedAt"`,
    [member.id, member.name, member.department, member.chair ?? false, tokenHash],
  );
  return addedAt;
}

/** Locks a current member's row; undefined when there is no such member. */
export async function lockCurrentMember(db: Db, memberId: string): Promise<{ chair: boolean } | undefined> {
  const [member]: { chair: boolean }[] = await db.query(
    `SELECT chair FROM triage.committee_members WHERE id = $1 AND removed_at IS NULL FOR UPDATE`,
    [memberId],
  );
  return member;
}

/** Removes a member; votes on decided root causes stay as they were cast, open ones leave with the member. */
export async function removeMember(db: Db, memberId: string): Promise<void> {
  await db.query(`UPDATE triage.committee_members SET removed_at = now() WHERE id = $1`, [memberId]);
  await db.query(
    `DELETE FROM triage.votes v USING triage.root_causes r
     WHERE v.member_id = $1 AND r.id = v.root_cause_id AND r.status = 'under-review'`,
    [memberId],
  );
}

/** Makes this member the one chair. */
export async function makeChair(db: Db, memberId: string): Promise<RosterRow> {
  await db.query(`UPDATE triage.committee_members SET chair = false WHERE chair`);
  const [member] = returnedRows<RosterRow>(
    await db.query(
      `UPDATE triage.committee_members SET chair = true WHERE id = $1
       RETURNING id, name, department, chair, added_at AS "addedAt"`,
      [memberId],
    ),
  );
  return member;
}

/** The current chair's id and name, if the committee has one. */
export async function currentChair(db: Db): Promise<{ id: string; name: string } | undefined> {
  const [chair]: { id: string; name: string }[] = await db.query(
    `SELECT id, name FROM triage.committee_members WHERE chair AND removed_at IS NULL`,
  );
  return chair;
}

/** The current members who have not voted on this root cause, by id, at most `limit`. */
export async function membersWithoutVote(db: Db, rootCauseId: string, limit: number): Promise<{ id: string }[]> {
  return db.query(
    `SELECT m.id FROM triage.committee_members m
     WHERE m.removed_at IS NULL AND NOT EXISTS (SELECT 1 FROM triage.votes v WHERE v.root_cause_id = $1 AND v.member_id = m.id)
     ORDER BY m.id LIMIT $2`,
    [rootCauseId, limit],
  );
}
