import { ApiProperty } from '@nestjs/swagger';
import { CommitteeMember } from '../../auth/committee-member.guard';
import { MemberView, Roster } from './manage-committee.service';

/** Who a member token belongs to. */
export class CommitteeMemberView implements CommitteeMember {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Irina Sokolova' })
  name!: string;

  @ApiProperty({ example: 'logistics', description: 'The department the member represents' })
  department!: string;

  @ApiProperty({ example: false, description: 'Whether the member chairs the committee' })
  chair!: boolean;
}

export class RosterMemberView extends CommitteeMemberView implements MemberView {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T09:00:00.000Z' })
  addedAt!: string;
}

export class NewMemberView extends RosterMemberView {
  @ApiProperty({ example: 'rm_4kq...', description: "The new member's token, shown only in this answer" })
  token!: string;
}

export class RosterView implements Roster {
  @ApiProperty({ example: 3, description: 'How many members must agree on a department (COMMITTEE_QUORUM)' })
  quorum!: number;

  @ApiProperty({ type: [RosterMemberView], description: 'The chair first, then by when they were added' })
  items!: RosterMemberView[];
}
