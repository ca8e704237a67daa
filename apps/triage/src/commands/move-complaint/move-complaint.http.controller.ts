import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MoveComplaintRequest } from './move-complaint.request.dto';
import { MoveComplaintService, MovedComplaint } from './move-complaint.service';

@Controller('complaints')
@UseGuards(CommitteeMemberGuard)
export class MoveComplaintHttpController {
  constructor(private readonly moveComplaint: MoveComplaintService) {}

  @Post(':complaintId/move')
  @HttpCode(200)
  move(
    @CurrentMember() member: CommitteeMember,
    @Param('complaintId', uuidParam('complaintId')) complaintId: string,
    @Body() body: MoveComplaintRequest,
  ): Promise<MovedComplaint> {
    return this.moveComplaint.execute(member, complaintId, body);
  }
}
