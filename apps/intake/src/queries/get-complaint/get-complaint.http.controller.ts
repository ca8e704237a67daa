import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@ApiTags('complaints')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class GetComplaintHttpController {
  constructor(private readonly getComplaint: GetComplaintQuery) {}

  /** Another client system's complaint answers 404, exactly like a complaint that does not exist; a staff reader sees any. */
  @Get(':id')
  @ApiOperation({
    summary: 'Read a complaint',
    description:
      "The complaint as filed and what happened to it. Another client system's complaint answers 404, exactly like " +
      'one that does not exist; a staff reader key reads any.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The complaint, as the receipt named it',
    example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11',
  })
  @ApiOkResponse({
    type: ComplaintView,
    description: 'The complaint as filed, its status, root cause, assignment, compensation and timeline',
  })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid v 4 is expected)' },
    404: {
      description: 'No such complaint for this client system',
      message: 'No complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11',
    },
  })
  get(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<ComplaintView> {
    return this.getComplaint.execute(client, id);
  }
}
