import { Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { revokeClientSystem, RevokedClientSystem } from '../../persistence/client-systems';

@ApiTags('admin')
@Controller('admin/client-systems')
@UseGuards(AdminGuard)
export class RevokeClientKeyHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every intake replica refuses the key within a second; revoking again answers the first revocation. */
  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The client system and when its key was revoked' })
  @ApiUnauthorizedResponse({ description: 'No, unknown or revoked intake admin token (Authorization: Bearer)' })
  @ApiNotFoundResponse({ description: 'No such client system' })
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<RevokedClientSystem> {
    const revoked = await revokeClientSystem(this.dataSource, id);
    if (!revoked) throw new NotFoundException('No such client system');
    return revoked;
  }
}
