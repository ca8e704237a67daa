import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** `POST /compensations/:id/approve`; an empty or missing body approves the default amount. */
export class ApproveCompensationRequest {
  /**
   * The total the customer receives (what was granted at once included), a decimal string in the compensation's
   * currency. Omitted: the claim, or, for a second approver, the amount the first approved.
   */
  @ApiPropertyOptional({
    example: '450.00',
    description:
      'The total the customer receives (what was granted at once included). Omitted: the claim, or, for a second ' +
      'approver, the amount the first approved',
  })
  @IsOptional()
  @Matches(/^\d{1,13}(\.\d+)?$/, { message: 'must be a decimal string such as "450.00"' })
  amount?: string;
}
