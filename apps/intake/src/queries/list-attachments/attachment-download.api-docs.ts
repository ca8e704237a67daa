import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ATTACHMENT_ID_PARAM, COMPLAINT_ID_PARAM } from '../../intake.api-docs';
import { ATTACHMENT_BYTES } from './attachment.view';

/**
 * The OpenAPI description of `GET .../:id/attachments/:attachmentId`, the same for the filing client and for staff
 * but for who may read it: the summary, the description and what a 404 means are theirs.
 */
export function ApiAttachmentDownload(who: { summary: string; description: string; notFound: string }) {
  return applyDecorators(
    ApiOperation({ summary: who.summary, description: who.description }),
    ApiParam(COMPLAINT_ID_PARAM),
    ApiParam(ATTACHMENT_ID_PARAM),
    ApiOkResponse({ description: 'The file, of the type its first bytes showed', content: ATTACHMENT_BYTES }),
    ApiErrors({
      400: { description: 'An id is not a UUID', message: 'Validation failed (uuid v 4 is expected)' },
      404: {
        description: who.notFound,
        message: 'No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7',
      },
    }),
  );
}
