import { Controller, Get, Param, ParseUUIDPipe, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiSecurity,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { AttachmentListView } from './attachment.view';
import { AttachmentsQuery } from './attachments.query';

const UUID = new ParseUUIDPipe({ version: '4' });

/** The filing client system reads its complaint's attachments; any other key, a staff reader's too, gets 404. */
@ApiTags('attachments')
@ApiSecurity('api-key')
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListAttachmentsHttpController {
  constructor(private readonly attachments: AttachmentsQuery) {}

  @Get(':id/attachments')
  @ApiOkResponse({ type: AttachmentListView, description: 'The attachments, oldest first' })
  @ApiUnauthorizedResponse({ description: 'No or unknown X-Api-Key' })
  @ApiNotFoundResponse({ description: 'No such complaint filed by this client system' })
  @ApiTooManyRequestsResponse({ description: 'This API key is over INTAKE_RATE_LIMIT' })
  async list(
    @CurrentClient() client: ClientSystem,
    @Param('id', UUID) complaintId: string,
  ): Promise<AttachmentListView> {
    return { items: await this.attachments.list({ clientSystemId: client.id }, complaintId) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({
    description: 'The bytes as stored, with their real type and `Content-Disposition: attachment`',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiUnauthorizedResponse({ description: 'No or unknown X-Api-Key' })
  @ApiNotFoundResponse({ description: 'No such complaint filed by this client system, or no such attachment on it' })
  @ApiTooManyRequestsResponse({ description: 'This API key is over INTAKE_RATE_LIMIT' })
  download(
    @CurrentClient() client: ClientSystem,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ clientSystemId: client.id }, complaintId, attachmentId);
  }
}
