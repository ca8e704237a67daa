import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@ApiTags('complaints')
@ApiSecurity('api-key')
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class GetComplaintHttpController {
  constructor(private readonly getComplaint: GetComplaintQuery) {}

  /** Another client system's complaint answers 404, exactly like a complaint that does not exist; a staff reader sees any. */
  @Get(':id')
  @ApiOkResponse({
    description: 'The complaint as filed, its status, root cause, assignment, compensation and timeline',
  })
  @ApiNotFoundResponse({ description: 'No such complaint for this client system' })
  get(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<ComplaintView> {
    return this.getComplaint.execute(client, id);
  }
}
