import { Controller, Get, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { ApiErrors, StaffPerson } from '@redress/platform';
import { CurrentStaff } from '../../auth/staff.guard';
import { StaffRoute } from '../../auth/staff-route.decorator';
import { COMPLAINT_ID_PARAM } from '../../intake.api-docs';
import { ApiAttachmentDownload } from './attachment-download.api-docs';
import { AttachmentListView } from './attachment.view';
import { AttachmentsQuery } from './attachments.query';

const UUID = new ParseUUIDPipe({ version: '4' });

/**
 * Staff read attachments with their own token (the console passes it on): committee members any complaint's, owners
 * those of complaints whose cause is assigned to their department. Intake asks triage or escalation who the token is.
 */
@StaffRoute()
@Controller('staff/complaints')
export class StaffAttachmentsHttpController {
  constructor(private readonly attachments: AttachmentsQuery) {}

  @Get(':id/attachments')
  @ApiOperation({
    summary: "List a complaint's attachments (staff)",
    description:
      "A complaint's attachments for a committee member (any complaint) or an owner (complaints assigned to their " +
      'department), oldest first.',
  })
  @ApiParam(COMPLAINT_ID_PARAM)
  @ApiOkResponse({ type: AttachmentListView, description: 'The attachments, oldest first' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid v 4 is expected)' },
    404: {
      description: 'No such complaint, or not one this person may see the attachments of',
      message: 'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 with attachments you may see',
    },
  })
  async list(@CurrentStaff() person: StaffPerson, @Param('id', UUID) complaintId: string): Promise<AttachmentListView> {
    return { items: await this.attachments.list({ staff: person }, complaintId) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiAttachmentDownload({
    summary: 'Download an attachment (staff)',
    description: 'The bytes as stored, streamed, with their real type, for a person who may see the complaint.',
    notFound: 'No such complaint or attachment, or not one this person may see',
  })
  download(
    @CurrentStaff() person: StaffPerson,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ staff: person }, complaintId, attachmentId);
  }
}
