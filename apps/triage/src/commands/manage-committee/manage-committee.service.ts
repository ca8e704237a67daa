import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { quorumFor } from '../../domain/committee-review';
import { checkDepartment } from '../../http/request-helpers';
import {
  countCurrentMembers,
  insertMember,
  lockCurrentMember,
  lockRoster,
  makeChair,
  removeMember,
  rosterRows,
} from '../../persistence/committee.store';
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
      const rows = await rosterRows(tx.manager);
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
      await lockRoster(tx.manager);
      const members = await countCurrentMembers(tx.manager);
      if (members >= MAX_ROSTER) throw new ConflictException(`The committee already has ${MAX_ROSTER} members`);
      const member = {
        id: randomUUID(),
        name: request.name.trim(),
        department: request.department,
        chair: false,
        token: newToken('rm'),
      };
      const addedAt = await insertMember(tx.manager, member, hashToken(member.token));
      return { ...member, addedAt: addedAt.toISOString() };
    });
  }

  async remove(chair: CommitteeMember, memberId: string): Promise<void> {
    requireChair(chair, 'change the committee');
    await this.unitOfWork.run(async (tx) => {
      await lockRoster(tx.manager);
      const member = await lockCurrentMember(tx.manager, memberId);
      if (!member) throw new NotFoundException(`No committee member ${memberId}`);
      if (member.chair) throw new ConflictException('The chair cannot be removed; hand the chair over first');
      // Votes on decided root causes stay as they were cast; open ones leave with the member.
      await removeMember(tx.manager, memberId);
    });
  }

  async handOverChair(chair: CommitteeMember, request: HandOverChairRequest): Promise<MemberView> {
    requireChair(chair, 'hand over the chair');
    return this.unitOfWork.run(async (tx) => {
      await lockRoster(tx.manager);
      const next = await lockCurrentMember(tx.manager, request.memberId);
      if (!next) throw new NotFoundException(`No committee member ${request.memberId}`);
      const member = await makeChair(tx.manager, request.memberId);
      return { ...member, addedAt: member.addedAt.toISOString() };
    });
  }
}
