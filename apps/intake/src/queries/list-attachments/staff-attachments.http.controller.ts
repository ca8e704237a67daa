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
import { errorResponse } from '../../http/error-examples';
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
@ApiUnauthorizedResponse(
  errorResponse(401, 'No token, or one neither triage nor escalation knows', 'Unknown member or owner token'),
)
@ApiServiceUnavailableResponse(
  errorResponse(
    503,
    'Triage or escalation, which know the token, did not answer',
    'The service that issued this token did not answer; try again shortly',
  ),
)
export class StaffAttachmentsHttpController {
  constructor(private readonly attachments: AttachmentsQuery) {}

  @Get(':id/attachments')
  @ApiOkResponse({ type: AttachmentListView, description: 'The attachments, oldest first' })
  @ApiNotFoundResponse(
    errorResponse(
      404,
      'No such complaint, or not one this person may see the attachments of',
      'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 with attachments you may see',
    ),
  )
  async list(@CurrentStaff() person: StaffPerson, @Param('id', UUID) complaintId: string): Promise<AttachmentListView> {
    return { items: await this.attachments.list({ staff: person }, complaintId) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({
    description: 'The bytes as stored, with their real type',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse(
    errorResponse(
      404,
      'No such complaint or attachment, or not one this person may see',
      'No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ),
  )
  download(
    @CurrentStaff() person: StaffPerson,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ staff: person }, complaintId, attachmentId);
  }
}
