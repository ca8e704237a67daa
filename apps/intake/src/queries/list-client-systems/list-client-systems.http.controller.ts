import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../intake.api-docs';
import { ClientKeyListing, listClientKeys } from '../../persistence/client-key.store';
import { ClientSystemListView } from './client-system.view';

@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
@Controller('admin/client-systems')
@UseGuards(AdminGuard)
export class ListClientSystemsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every client system with its working keys (prefix, last use, expiry), newest first; never a key itself. */
  @Get()
  @ApiOperation({
    summary: 'List client systems',
    description:
      'Every client system with its working keys (prefix, last use, expiry), newest first; never a key itself.',
  })
  @ApiOkResponse({
    type: ClientSystemListView,
    description: 'Every client system, with its working keys (never a key itself)',
  })
  async list(): Promise<{ items: ClientKeyListing[] }> {
    return { items: await listClientKeys(this.dataSource) };
  }
}
