import { ApiResponse, ApiResponseOptions } from '@nestjs/swagger';

/**
 * A page for people rather than programs: a `text/html` answer with an excerpt of what it shows. Errors on such routes
 * are pages too (a 404 page, a 429 page), so they are documented with this rather than `ApiErrors`.
 */
export function ApiHtmlResponse(
  status: number,
  description: string,
  example: string,
  headers?: ApiResponseOptions['headers'],
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    ...(headers ? { headers } : {}),
    content: { 'text/html': { schema: { type: 'string' }, example } },
  });
}
