import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ServiceGuard } from '../../auth/service.guard';
import { COMPLAINT_ID_PARAM, SERVICE_TOKEN_ERRORS } from '../../intake.api-docs';
import { ContactView } from './contact.view';
import { GetContactQuery } from './get-contact.query';

@ApiTags('internal')
@ApiBearerAuth('service')
@ApiErrors(SERVICE_TOKEN_ERRORS)
@Controller('internal/complaints')
@UseGuards(ServiceGuard)
export class GetContactHttpController {
  constructor(private readonly getContact: GetContactQuery) {}

  @Get(':id/contact')
  @ApiOperation({
    summary: "A complaint's contact details, for the notifier",
    description:
      "The customer's name, form of address, phone and email and the reference to quote, read by the notifier just " +
      'before it sends a message: no event carries them (ADR 0009). Only with the service token.',
  })
  @ApiParam(COMPLAINT_ID_PARAM)
  @ApiOkResponse({ type: ContactView, description: 'The contact details as filed' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: { description: 'No such complaint', message: 'No such complaint' },
    410: {
      description: "The customer's data was erased: nothing more is sent",
      message: "The customer's data was erased",
    },
  })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ContactView> {
    return this.getContact.execute(id);
  }
}
