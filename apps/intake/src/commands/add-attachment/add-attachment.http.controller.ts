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
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiParam,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, InvalidRequestException } from '@redress/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { AttachmentRefused } from '../../domain/upload-chunks';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS, COMPLAINT_ID_PARAM } from '../../intake.api-docs';
import { AttachmentView } from '../../queries/list-attachments/attachment.view';
import { AddAttachmentService } from './add-attachment.service';

/** What a multipart body may carry besides the file: boundaries and part headers. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;
const RETRY_AFTER_SECONDS = 1;
const FILE_FIELD = 'file';

/** A client system attaches a photo or a receipt to one of its own complaints. */
@ApiTags('attachments')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
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
  @ApiOperation({
    summary: 'Attach a file to a complaint',
    description:
      "A photo or a receipt for one of this client system's complaints, streamed into storage as it arrives. The type " +
      "is told by the first bytes, never by the name or the declared type; the complaint's timeline notes it.",
  })
  @ApiParam(COMPLAINT_ID_PARAM)
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
  @ApiErrors({
    400: {
      description: 'No part named `file`, an empty file, or a malformed multipart body',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'file', reason: 'is empty' }],
      },
    },
    404: {
      description: 'No such complaint filed by this client system',
      message: 'No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    },
    409: {
      description: 'The complaint already has ATTACHMENT_MAX_PER_COMPLAINT (5) attachments',
      message: 'The complaint already has 5 attachments',
    },
    413: {
      description: 'The file is larger than ATTACHMENT_MAX_BYTES',
      message: 'The file is larger than 10485760 bytes',
    },
    415: {
      description: 'Not multipart/form-data, or the file is not a JPEG, PNG or PDF by its content',
      message: 'The file is not a JPEG, PNG or PDF (told by its content)',
    },
    503: {
      description: 'ATTACHMENT_MAX_UPLOADS uploads are under way: retry after the `Retry-After` seconds',
      message: 'Intake is taking 8 uploads; retry after 1 s',
    },
  })
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
