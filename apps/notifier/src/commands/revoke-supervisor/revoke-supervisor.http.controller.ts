import { Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { revokeSupervisor, RevokedSupervisor } from './revoke-supervisor';

/** `POST /admin/supervisors/:id/revoke` with a notifier admin token: the supervisor's token is refused from then on. */
@Controller('admin/supervisors')
@UseGuards(AdminGuard)
export class RevokeSupervisorHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post(':id/revoke')
  @HttpCode(200)
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<RevokedSupervisor> {
    const revoked = await revokeSupervisor(this.dataSource, id);
    if (!revoked) throw new NotFoundException('No such supervisor');
    return revoked;
  }
}
