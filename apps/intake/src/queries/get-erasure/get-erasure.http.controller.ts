import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { ErasureView, GetErasureQuery } from './get-erasure.query';

@ApiTags('customers')
@ApiSecurity('api-key')
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class GetErasureHttpController {
  constructor(private readonly getErasure: GetErasureQuery) {}

  @Get('erasure/:id')
  @ApiOkResponse({
    description: "The erasure's progress in each service; `status` is `done` once every service erased",
  })
  @ApiNotFoundResponse({ description: 'No such erasure for this client system' })
  get(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<ErasureView> {
    return this.getErasure.execute(client.id, id);
  }
}
