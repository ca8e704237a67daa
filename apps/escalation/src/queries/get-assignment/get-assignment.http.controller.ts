import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentStore, AssignmentView } from '../../persistence/assignment-store';

@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class GetAssignmentHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: AssignmentStore,
  ) {}

  /** One of the caller's department's assignments with its history of levels and owners; another's is a 404. */
  @Get(':id')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AssignmentView> {
    const view = await this.store.view(this.dataSource.manager, id, requireOwner(principal).department);
    if (!view) throw new NotFoundException(`Your department has no assignment ${id}`);
    return view;
  }
}
