import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-docs/api-errors.decorator';

/**
 * A report's answer: its JSON document (the view class) or, with `.csv` or `Accept: text/csv`, its table as a CSV
 * file (an excerpt shown as the example).
 */
export function ApiReportResponse(view: Type<unknown>, description: string, csvExample: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(view),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: `${description}. As CSV (\`text/csv\`, an attachment) with \`.csv\` or \`Accept: text/csv\``,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(view) } },
        'text/csv': { schema: { type: 'string' }, example: csvExample },
      },
    }),
  );
}

/** What every report answers besides its own 400s: no reader (401), the wrong one (403), a peer not answering (503). */
export function ApiReportErrors(
  badRequest = 'A malformed filter or period: not a real date, `from` not before `to`, more than 366 days',
): MethodDecorator & ClassDecorator {
  return ApiErrors({
    400: {
      description: badRequest,
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'from', reason: 'from must be before to' }],
      },
    },
    401: {
      description: "No bearer token, or not a current supervisor's or owner's",
      message: 'Unknown token: reports are for supervisors and department heads',
    },
    403: {
      description: "A level-1 owner, or a department head asking for another department's report",
      message: 'Reports are for supervisors and department heads (level 2 and up)',
    },
    503: {
      description: 'The service that keeps the token (notifier or escalation) cannot check it now',
      message: 'The notifier service cannot check this token now; try again shortly',
    },
  });
}

/** The description of the security scheme every report route names. */
export const REPORT_READER_AUTH_DESCRIPTION =
  "A supervisor's token (`rs_...`, reads every department) or a department head's (`ro_...`, an owner at level 2 " +
  'or up, reads their own department); each is checked at the service that keeps it';
