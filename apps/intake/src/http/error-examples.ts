import type { ApiResponseOptions } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';

interface FieldErrorExample {
  field: string;
  reason: string;
}

/**
 * An error answer as intake writes it (`{ statusCode, error, message, errors? }`), documented with an example, so a
 * client's generated types and the /docs page show what to expect, not only the status.
 */
export function errorResponse(
  status: number,
  description: string,
  message: string,
  errors?: FieldErrorExample[],
): ApiResponseOptions {
  const example = { statusCode: status, error: STATUS_CODES[status], message, ...(errors ? { errors } : {}) };
  return {
    description,
    schema: {
      type: 'object',
      required: ['statusCode', 'message'],
      properties: {
        statusCode: { type: 'integer', example: status },
        error: { type: 'string', example: example.error },
        message: { type: 'string', example: message },
        ...(errors
          ? {
              errors: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['field', 'reason'],
                  properties: { field: { type: 'string' }, reason: { type: 'string' } },
                },
              },
            }
          : {}),
      },
      example,
    },
  };
}
