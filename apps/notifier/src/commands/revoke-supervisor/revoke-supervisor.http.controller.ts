import { Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { revokeSupervisor, RevokedSupervisor } from './revoke-supervisor.service';
import { RevokedSupervisorView } from './revoked-supervisor.view';

/** `POST /admin/supervisors/:id/revoke` with a notifier admin token: the supervisor's token is refused from then on. */
@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors({
  401: { description: 'No, unknown or revoked notifier admin token', message: 'Unknown or revoked admin token' },
})
@Controller('admin/supervisors')
@UseGuards(AdminGuard)
export class RevokeSupervisorHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a supervisor',
    description:
      'Their token is refused from the next request on; their past decisions stay. Revoking again answers the first revocation.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The supervisor',
    example: '4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d',
  })
  @ApiOkResponse({ type: RevokedSupervisorView, description: 'The supervisor, revoked' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: 'No such supervisor',
  })
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<RevokedSupervisor> {
    const revoked = await revokeSupervisor(this.dataSource, id);
    if (!revoked) throw new NotFoundException('No such supervisor');
    return revoked;
  }
}
