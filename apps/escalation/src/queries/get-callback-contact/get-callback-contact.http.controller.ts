import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS, OWNER_ONLY } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { CallbackContactView } from './callback-contact.view';
import { CallbackContact, GetCallbackContactQuery } from './get-callback-contact.query';

@ApiTags('follow-ups')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('follow-ups')
@UseGuards(EscalationPrincipalGuard)
export class GetCallbackContactHttpController {
  constructor(private readonly contact: GetCallbackContactQuery) {}

  /**
   * The customer's clock for a callback and whether it is still open: only to an owner of the department that owes
   * it (the admin token gets 403), and every answer for an open callback is written to the audit log, since the
   * console then shows that owner the number (which it reads from intake). 404 for another department's follow-up.
   */
  @Get(':id/contact')
  @ApiOperation({
    summary: "Read a callback's contact",
    description:
      "The phone number and the customer's clock, to an owner of the department that owes the call; every answer " +
      'that shows a number is written to the audit log.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The callback',
    example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  })
  @ApiOkResponse({ type: CallbackContactView, description: "The customer's contact and when they may be called" })
  @ApiErrors({
    400: {
      description: '`id` is not a UUID',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'id', reason: 'id must be a UUID' }],
      },
    },
    403: OWNER_ONLY,
    404: {
      description: "Not one of your department's follow-ups",
      message: 'Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    },
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<CallbackContact> {
    const contact = await this.contact.execute(requireOwner(principal), id);
    if (!contact) throw new NotFoundException(`Your department has no follow-up ${id}`);
    return contact;
  }
}
