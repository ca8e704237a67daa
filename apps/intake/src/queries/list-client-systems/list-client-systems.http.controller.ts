import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { ClientKeyListing, listClientKeys } from '../../persistence/client-keys';

@ApiTags('admin')
@Controller('admin/client-systems')
@UseGuards(AdminGuard)
export class ListClientSystemsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every client system with its working keys (prefix, last use, expiry), newest first; never a key itself. */
  @Get()
  @ApiOkResponse({ description: '`{ items: [{ id, name, kind, createdAt, revokedAt, keys: [...] }] }`' })
  @ApiUnauthorizedResponse({ description: 'No, unknown or revoked intake admin token (Authorization: Bearer)' })
  async list(): Promise<{ items: ClientKeyListing[] }> {
    return { items: await listClientKeys(this.dataSource) };
  }
}
