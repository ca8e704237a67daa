import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ErrorResponse } from './error-response';

/** The error statuses the services answer with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 502 | 503;

const REASON: Record<ErrorStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The services refuse with 429 and 503 only where they know when to come back, and say so in `Retry-After`. */
const RETRY_AFTER = {
  'Retry-After': { description: 'Whole seconds to wait before retrying', schema: { type: 'integer', example: 1 } },
};

/** An error answer: when it happens, and optionally the body's message (or the whole example body) it carries. */
export type ErrorDoc =
  string | { description: string; message?: string; example?: Partial<ErrorResponse> & Record<string, unknown> };

/**
 * Documents a route's (or a controller's) error answers, each with the shared `ErrorResponse` body and an example:
 * `@ApiErrors({ 404: 'No such complaint', 409: { description: '...', message: '...' } })`. Always JSON, also on routes
 * that answer with pages: an exception's body is JSON whatever the route produces.
 */
export function ApiErrors(errors: Partial<Record<ErrorStatus, ErrorDoc>>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorResponse),
    ...Object.entries(errors).map(([code, doc]) => {
      const status = Number(code) as ErrorStatus;
      const { description, message, example } = typeof doc === 'string' ? { description: doc } : doc;
      return ApiResponse({
        status,
        description,
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
        content: {
          'application/json': {
            schema: { $ref: getSchemaPath(ErrorResponse) },
            example: example ?? errorExample(status, message ?? description),
          },
        },
      });
    }),
  );
}

/** What Nest answers for an HttpException of this status and message. */
export function errorExample(status: ErrorStatus, message: string): Partial<ErrorResponse> {
  return { statusCode: status, error: REASON[status], message };
}
