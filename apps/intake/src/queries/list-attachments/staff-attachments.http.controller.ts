import { Controller, Get, Param, ParseUUIDPipe, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { StaffPerson } from '@redress/platform';
import { CurrentStaff, StaffGuard } from '../../auth/staff.guard';
import { AttachmentListView } from './attachment.view';
import { AttachmentsQuery } from './attachments.query';

const UUID = new ParseUUIDPipe({ version: '4' });

/**
 * Staff read attachments with their own token (the console passes it on): committee members any complaint's, owners
 * those of complaints whose cause is assigned to their department. Intake asks triage or escalation who the token is.
 */
@ApiTags('staff')
@ApiBearerAuth('staff')
@Controller('staff/complaints')
@UseGuards(StaffGuard)
@ApiUnauthorizedResponse({ description: 'No token, or one neither triage nor escalation knows' })
@ApiServiceUnavailableResponse({ description: 'Triage or escalation, which know the token, did not answer' })
export class StaffAttachmentsHttpController {
  constructor(private readonly attachments: AttachmentsQuery) {}

  @Get(':id/attachments')
  @ApiOkResponse({ type: AttachmentListView, description: 'The attachments, oldest first' })
  @ApiNotFoundResponse({ description: 'No such complaint, or not one this person may see the attachments of' })
  async list(@CurrentStaff() person: StaffPerson, @Param('id', UUID) complaintId: string): Promise<AttachmentListView> {
    return { items: await this.attachments.list({ staff: person }, complaintId) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({
    description: 'The bytes as stored, with their real type',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'No such complaint or attachment, or not one this person may see' })
  download(
    @CurrentStaff() person: StaffPerson,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ staff: person }, complaintId, attachmentId);
  }
}
