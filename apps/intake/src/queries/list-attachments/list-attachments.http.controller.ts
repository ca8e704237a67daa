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
import { errorResponse } from '../../http/error-examples';
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
  @ApiUnauthorizedResponse(errorResponse(401, 'No or unknown X-Api-Key', 'Unknown or revoked API key'))
  @ApiNotFoundResponse(
    errorResponse(
      404,
      'No such complaint filed by this client system',
      'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ),
  )
  @ApiTooManyRequestsResponse(
    errorResponse(
      429,
      'This API key is over INTAKE_RATE_LIMIT',
      'This API key is over its rate limit; retry after 1 s',
    ),
  )
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
  @ApiUnauthorizedResponse(errorResponse(401, 'No or unknown X-Api-Key', 'Unknown or revoked API key'))
  @ApiNotFoundResponse(
    errorResponse(
      404,
      'No such complaint filed by this client system, or no such attachment on it',
      'No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ),
  )
  @ApiTooManyRequestsResponse(
    errorResponse(
      429,
      'This API key is over INTAKE_RATE_LIMIT',
      'This API key is over its rate limit; retry after 1 s',
    ),
  )
  download(
    @CurrentClient() client: ClientSystem,
    @Param('id', UUID) complaintId: string,
    @Param('attachmentId', UUID) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.attachments.download({ clientSystemId: client.id }, complaintId, attachmentId);
  }
}
