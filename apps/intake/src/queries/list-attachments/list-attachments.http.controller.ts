import { Controller, Get, Param, ParseUUIDPipe, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS, COMPLAINT_ID_PARAM } from '../../intake.api-docs';
import { ApiAttachmentDownload } from './attachment-download.api-docs';
import { AttachmentListView } from './attachment.view';
import { AttachmentsQuery } from './attachments.query';

const UUID = new ParseUUIDPipe({ version: '4' });

/** The filing client system reads its complaint's attachments; any other key, a staff reader's too, gets 404. */
@ApiTags('attachments')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListAttachmentsHttpController {
  constructor(private readonly attachments: AttachmentsQuery) {}

  @Get(':id/attachments')
  @ApiOperation({
    summary: "List a complaint's attachments",
    description: "The files attached to one of this client system's complaints, oldest first; any other key gets 404.",
  })
  @ApiParam(COMPLAINT_ID_PARAM)
  @ApiOkResponse({ type: AttachmentListView, description: 'The attachments, oldest first' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid v 4 is expected)' },
    404: {
      description: 'No such complaint filed by this client system',
      message: 'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    },
  })
  async list(
    @CurrentClient() client: ClientSystem,
    @Param('id', UUID) complaintId: string,
  ): Promise<AttachmentListView> {
    return { items: await this.attachments.list({ clientSystemId: client.id }, complaintId) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiAttachmentDownload({
    summary: 'Download an attachment',
    description: 'The bytes as stored, streamed, with their real type and `Content-Disposition: attachment`.',
    notFound: 'No such complaint filed by this client system, or no such attachment on it',
  })
  download(
    @CurrentClient() client: ClientSystem,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ clientSystemId: client.id }, complaintId, attachmentId);
  }
}
