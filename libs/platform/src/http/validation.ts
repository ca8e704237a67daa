import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { FieldError, flattenErrors } from '@redress/contracts';

export type { FieldError };

/** A 400 whose body lists every bad field with its reason. */
export class InvalidRequestException extends BadRequestException {
  constructor(errors: FieldError[], message = 'The request is invalid') {
    super({ statusCode: 400, error: 'Bad Request', message, errors });
  }
}

/**
 * Validates bodies and queries against their DTO classes: unknown fields are refused by name, values are not
 * coerced behind the client's back, and every problem is reported at once.
 */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new InvalidRequestException(flattenErrors(errors)),
  });
}
