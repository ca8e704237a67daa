import { Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../intake.api-docs';
import { revokeClientSystem, RevokedClientSystem } from '../../persistence/client-system.store';
import { RevokedClientSystemView } from './revoked-client-system.view';

@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
@Controller('admin/client-systems')
@UseGuards(AdminGuard)
export class RevokeClientKeyHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every intake replica refuses the key within a second; revoking again answers the first revocation. */
  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a client system',
    description:
      'Every intake replica refuses its keys within a second; its complaints stay. Revoking again answers the first ' +
      'revocation.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The client system',
    example: '8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6',
  })
  @ApiOkResponse({ type: RevokedClientSystemView, description: 'The client system and when its key was revoked' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: 'No such client system',
  })
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<RevokedClientSystem> {
    const revoked = await revokeClientSystem(this.dataSource, id);
    if (!revoked) throw new NotFoundException('No such client system');
    return revoked;
  }
}
