import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { ErasureProgressView } from './erasure-progress.view';
import { ErasureView, GetErasureQuery } from './get-erasure.query';

@ApiTags('customers')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class GetErasureHttpController {
  constructor(private readonly getErasure: GetErasureQuery) {}

  @Get('erasure/:id')
  @ApiOperation({
    summary: 'Follow an erasure',
    description: "An erasure's progress in each service, with counts and times only: no personal data.",
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The erasure, as POST /customers/erasure named it',
    example: '0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c',
  })
  @ApiOkResponse({
    type: ErasureProgressView,
    description: "The erasure's progress in each service; `status` is `done` once every service erased",
  })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid v 4 is expected)' },
    404: { description: 'No such erasure for this client system', message: 'No such erasure' },
  })
  get(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<ErasureView> {
    return this.getErasure.execute(client.id, id);
  }
}
