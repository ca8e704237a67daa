import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentView } from '../../persistence/assignment-store';
import { AcknowledgeAssignmentService } from './acknowledge-assignment.service';

@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class AcknowledgeAssignmentHttpController {
  constructor(private readonly acknowledgeAssignment: AcknowledgeAssignmentService) {}

  /** 200 with the assignment (again 200, unchanged, if already acknowledged); 404 for another department's. */
  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AssignmentView> {
    return this.acknowledgeAssignment.execute(requireOwner(principal), id);
  }
}
