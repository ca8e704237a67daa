import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentView } from '../../persistence/assignment-store';
import { ResolveAssignmentRequest } from './resolve-assignment.request.dto';
import { ResolveAssignmentService } from './resolve-assignment.service';

@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ResolveAssignmentHttpController {
  constructor(private readonly resolveAssignment: ResolveAssignmentService) {}

  /** 200 with the resolved assignment; 400 naming each missing deliverable; 409 if not acknowledged or already resolved. */
  @Post(':id/resolve')
  @HttpCode(200)
  resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ResolveAssignmentRequest,
  ): Promise<AssignmentView> {
    return this.resolveAssignment.execute(requireOwner(principal), id, body);
  }
}
