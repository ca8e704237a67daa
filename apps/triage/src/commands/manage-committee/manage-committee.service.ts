import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { quorumFor } from '../../domain/committee-review';
import { checkDepartment } from '../../http/request-helpers';
import { returnedRows } from '../../persistence/query-results';
import { AddMemberRequest, HandOverChairRequest } from './manage-committee.request.dto';

/** Votes in `rootcause.identified` are bounded by the roster, so the roster is bounded too. */
export const MAX_ROSTER = 100;

export interface MemberView {
  id: string;
  name: string;
  department: string;
  chair: boolean;
  addedAt: string;
}

export interface Roster {
  quorum: number;
  items: MemberView[];
}

/**
 * The committee roster, edited by the chair: add a representative (their token is shown once), remove one (their
 * open votes go with them) and hand the chair over. The roster is at most 100 members.
 */
@Injectable()
export class ManageCommitteeService {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  roster(): Promise<Roster> {
    return this.unitOfWork.run(async (tx) => {
      const rows: (Omit<MemberView, 'addedAt'> & { addedAt: Date })[] = await tx.manager.query(
        `SELECT id, name, department, chair, added_at AS "addedAt" FROM triage.committee_members
         WHERE removed_at IS NULL ORDER BY chair DESC, added_at, id`,
      );
      return {
        quorum: quorumFor(rows.length, this.settings.committee.quorum),
        items: rows.map((row) => ({ ...row, addedAt: row.addedAt.toISOString() })),
      };
    });
  }

  async add(chair: CommitteeMember, request: AddMemberRequest): Promise<MemberView & { token: string }> {
    requireChair(chair, 'change the committee');
    checkDepartment(request.department, this.settings.departments);
    return this.unitOfWork.run(async (tx) => {
      // Serialises roster changes, so two additions cannot both pass the size check.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('triage:committee-roster'))`);
      const [{ members }]: { members: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS members FROM triage.committee_members WHERE removed_at IS NULL`,
      );
      if (members >= MAX_ROSTER) throw new ConflictException(`The committee already has ${MAX_ROSTER} members`);
      const member = {
        id: randomUUID(),
        name: request.name.trim(),
        department: request.department,
        chair: false,
        token: newToken('rm'),
      };
      const [{ addedAt }]: { addedAt: Date }[] = await tx.manager.query(
        `INSERT INTO triage.committee_members (id, name, department, chair, token_hash) VALUES ($1, $2, $3, false, $4) RETURNING added_at AS "addedAt"`,
        [member.id, member.name, member.department, hashToken(member.token)],
      );
      return { ...member, addedAt: addedAt.toISOString() };
    });
  }

  async remove(chair: CommitteeMember, memberId: string): Promise<void> {
    requireChair(chair, 'change the committee');
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('triage:committee-roster'))`);
      const [member]: { chair: boolean }[] = await tx.manager.query(
        `SELECT chair FROM triage.committee_members WHERE id = $1 AND removed_at IS NULL FOR UPDATE`,
        [memberId],
      );
      if (!member) throw new NotFoundException(`No committee member ${memberId}`);
      if (member.chair) throw new ConflictException('The chair cannot be removed; hand the chair over first');
      await tx.manager.query(`UPDATE triage.committee_members SET removed_at = now() WHERE id = $1`, [memberId]);
      // Votes on decided root causes stay as they were cast; open ones leave with the member.
      await tx.manager.query(
        `DELETE FROM triage.votes v USING triage.root_causes r
         WHERE v.member_id = $1 AND r.id = v.root_cause_id AND r.status = 'under-review'`,
        [memberId],
      );
    });
  }

  async handOverChair(chair: CommitteeMember, request: HandOverChairRequest): Promise<MemberView> {
    requireChair(chair, 'hand over the chair');
    return this.unitOfWork.run(async (tx) => {
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('triage:committee-roster'))`);
      const [next]: { id: string }[] = await tx.manager.query(
        `SELECT id FROM triage.committee_members WHERE id = $1 AND removed_at IS NULL FOR UPDATE`,
        [request.memberId],
      );
      if (!next) throw new NotFoundException(`No committee member ${request.memberId}`);
      await tx.manager.query(`UPDATE triage.committee_members SET chair = false WHERE chair`);
      const [member] = returnedRows<Omit<MemberView, 'addedAt'> & { addedAt: Date }>(
        await tx.manager.query(
          `UPDATE triage.committee_members SET chair = true WHERE id = $1
           RETURNING id, name, department, chair, added_at AS "addedAt"`,
          [request.memberId],
        ),
      );
      return { ...member, addedAt: member.addedAt.toISOString() };
    });
  }
}
