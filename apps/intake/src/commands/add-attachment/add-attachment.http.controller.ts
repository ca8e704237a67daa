import type { MultipartFile } from '@fastify/multipart';
import {
  BadRequestException,
  ConflictException,
  Controller,
  HttpCode,
  HttpException,
  Inject,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  ServiceUnavailableException,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiSecurity,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { InvalidRequestException } from '@redress/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { AttachmentRefused } from '../../domain/upload-chunks';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { errorResponse } from '../../http/error-examples';
import { AttachmentView } from '../../queries/list-attachments/attachment.view';
import { AddAttachmentService } from './add-attachment.service';

/** What a multipart body may carry besides the file: boundaries and part headers. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;
const RETRY_AFTER_SECONDS = 1;
const FILE_FIELD = 'file';

/** A client system attaches a photo or a receipt to one of its own complaints. */
@ApiTags('attachments')
@ApiSecurity('api-key')
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class AddAttachmentHttpController {
  private uploading = 0;

  constructor(
    private readonly addAttachment: AddAttachmentService,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  @Post(':id/attachments')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description:
      'One part named `file`: a JPEG, PNG or PDF (told by its content, whatever its name or declared type), ' +
      'at most ATTACHMENT_MAX_BYTES (10 MiB by default)',
    schema: {
      type: 'object',
      required: [FILE_FIELD],
      properties: { [FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: AttachmentView, description: 'Stored; `Location` names the attachment' })
  @ApiBadRequestResponse(
    errorResponse(400, 'No part named `file`, an empty file, or a malformed multipart body', 'The request is invalid', [
      { field: 'file', reason: 'is empty' },
    ]),
  )
  @ApiUnauthorizedResponse(errorResponse(401, 'No or unknown X-Api-Key', 'Unknown or revoked API key'))
  @ApiNotFoundResponse(
    errorResponse(
      404,
      'No such complaint filed by this client system',
      'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ),
  )
  @ApiConflictResponse(
    errorResponse(
      409,
      'The complaint already has ATTACHMENT_MAX_PER_COMPLAINT (5) attachments',
      'The complaint already has 5 attachments',
    ),
  )
  @ApiPayloadTooLargeResponse(
    errorResponse(413, 'The file is larger than ATTACHMENT_MAX_BYTES', 'The file is larger than 10485760 bytes'),
  )
  @ApiUnsupportedMediaTypeResponse(
    errorResponse(
      415,
      'Not multipart/form-data, or the file is not a JPEG, PNG or PDF by its content',
      'The file is not a JPEG, PNG or PDF (told by its content)',
    ),
  )
  @ApiTooManyRequestsResponse(
    errorResponse(
      429,
      'This API key is over INTAKE_RATE_LIMIT',
      'This API key is over its rate limit; retry after 1 s',
    ),
  )
  @ApiServiceUnavailableResponse(
    errorResponse(
      503,
      'ATTACHMENT_MAX_UPLOADS uploads are under way: retry after the `Retry-After` seconds',
      'Intake is taking 8 uploads; retry after 1 s',
    ),
  )
  async add(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) complaintId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentView> {
    const { maxBytes, maxUploads } = this.settings.attachments;
    if (!request.isMultipart())
      throw new UnsupportedMediaTypeException(`Send the file as multipart/form-data, in a part named "${FILE_FIELD}"`);
    // A body announced too large is refused before a byte of it is read.
    if (Number(request.headers['content-length']) > maxBytes + MULTIPART_OVERHEAD_BYTES)
      throw new PayloadTooLargeException(`The file is larger than ${maxBytes} bytes`);
    if (this.uploading >= maxUploads) {
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableException(
        `Intake is taking ${maxUploads} uploads; retry after ${RETRY_AFTER_SECONDS} s`,
      );
    }
    this.uploading += 1;
    try {
      const part = await request.file().catch(malformed);
      if (!part || part.fieldname !== FILE_FIELD)
        throw new InvalidRequestException([
          { field: FILE_FIELD, reason: `send the file in a part named "${FILE_FIELD}"` },
        ]);
      const attachment = await this.addAttachment.add(client, complaintId, readPart(part)).catch(refusalToHttp);
      reply.header('Location', `/complaints/${complaintId}/attachments/${attachment.id}`);
      return attachment;
    } finally {
      this.uploading -= 1;
    }
  }
}

/** The file's bytes; a broken or cut-off body is the client's fault (400), whatever the parser calls it. */
async function* readPart(part: MultipartFile): AsyncIterable<Uint8Array> {
  try {
    for await (const piece of part.file) yield piece as Buffer;
  } catch (error) {
    malformed(error);
  }
}

function malformed(error: unknown): never {
  if (error instanceof HttpException) throw error;
  throw new BadRequestException(`The multipart body is malformed: ${(error as Error).message}`);
}

function refusalToHttp(error: unknown): never {
  if (!(error instanceof AttachmentRefused)) throw error;
  switch (error.code) {
    case 'too-large':
      throw new PayloadTooLargeException(error.message);
    case 'unknown-type':
      throw new UnsupportedMediaTypeException(error.message);
    case 'too-many':
      throw new ConflictException(error.message);
    case 'empty':
      throw new InvalidRequestException([{ field: FILE_FIELD, reason: 'is empty' }]);
  }
}
