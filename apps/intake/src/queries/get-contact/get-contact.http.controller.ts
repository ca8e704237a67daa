import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ServiceGuard } from '../../auth/service.guard';
import { COMPLAINT_ID_PARAM, SERVICE_TOKEN_ERRORS } from '../../intake.api-docs';
import { ContactsRequest, MAX_CONTACTS_PER_LOOKUP } from './contacts.request.dto';
import { ContactsView, ContactView } from './contact.view';
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

  @Post('contacts')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The contact details of several complaints, for the notifier',
    description:
      `What \`GET /internal/complaints/{id}/contact\` answers, for up to ${MAX_CONTACTS_PER_LOOKUP} complaints at once: the ` +
      'notifier asks once for each claim of due messages. Erased and unknown complaints are listed in `gone`. Only with ' +
      'the service token.',
  })
  @ApiOkResponse({ type: ContactsView, description: 'Each complaint asked about, in `contacts` or in `gone`' })
  @ApiErrors({
    400: {
      description: '`complaintIds` is missing, empty, too long or holds something other than UUIDs',
      message: 'each complaint id must be a UUID',
    },
  })
  many(@Body() body: ContactsRequest): Promise<ContactsView> {
    return this.getContact.many(body.complaintIds);
  }
}
