import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field at fault in a 400, as `InvalidRequestException` lists it. */
export class FieldErrorView {
  @ApiProperty({ example: 'customer.phone', description: 'The field, header or parameter, dotted for nested fields' })
  field!: string;

  @ApiProperty({ example: 'must be an E.164 phone number such as +79161234567' })
  reason!: string;
}

/**
 * The body of every 4xx and 5xx answer of the four services: Nest's exception body, with the fields at fault on a 400
 * and a code on the domain refusals that have one.
 */
export class ErrorResponse {
  @ApiPropertyOptional({
    example: 400,
    description: 'The HTTP status again; absent from the domain refusals that carry a `code` instead',
  })
  statusCode?: number;

  @ApiPropertyOptional({ example: 'Bad Request', description: "The status's reason phrase" })
  error?: string;

  @ApiProperty({ example: 'The request is invalid', description: 'What went wrong, for a person to read' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorView], description: 'On a 400: every field at fault, with its reason' })
  errors?: FieldErrorView[];

  @ApiPropertyOptional({
    example: 'ASSIGNMENT.NOT_ACKNOWLEDGED',
    description: 'On some 403 and 409 answers: the domain rule that refused the request, stable for programs to test',
  })
  code?: string;
}
