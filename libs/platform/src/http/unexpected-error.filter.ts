import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Client errors raised by Fastify itself (bad JSON, wrong content type, body too large) keep their 4xx status
 * instead of turning into a 500, with the fields at fault when the error names them; anything else unexpected is
 * logged with its stack and answered as a 500.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): void {
    const status = (exception as { statusCode?: unknown })?.statusCode;
    if (!(exception instanceof HttpException) && typeof status === 'number' && status >= 400 && status < 500) {
      const { message, errors } = exception as Error & { errors?: unknown };
      const body = { statusCode: status, error: 'Bad Request', message, ...(Array.isArray(errors) ? { errors } : {}) };
      return super.catch(new HttpException(body, status), host);
    }
    if (!(exception instanceof HttpException)) this.logger.error((exception as Error)?.stack ?? String(exception));
    super.catch(exception, host);
  }
}
