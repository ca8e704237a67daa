import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** `POST /compensations/:id/reject`; an empty or missing body rejects without a reason of its own. */
export class RejectCompensationRequest {
  /**
   * Why, in words the customer reads (in their language, as the supervisor writes it). Omitted: the customer is told
   * a neutral reason, that the amount follows the compensation rules.
   */
  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'The order was refunded in full already.',
    description: 'Why, in words the customer reads; omitted: the customer is told a neutral reason',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'must not be blank' })
  reason?: string;
}
