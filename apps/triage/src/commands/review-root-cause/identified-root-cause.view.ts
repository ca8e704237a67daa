import { ApiProperty } from '@nestjs/swagger';
import { DECIDED_BY, DecidedBy } from '@redress/contracts';
import { IdentifiedRootCause } from './root-cause-review.service';

export class DecisionVoteView {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid' })
  memberId!: string;

  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;
}

/** A root cause the committee has identified: what `rootcause.identified` carries. */
export class IdentifiedRootCauseView implements IdentifiedRootCause {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  rootCauseId!: string;

  @ApiProperty({ example: 'Couriers overbooked', description: 'The cause statement' })
  cause!: string;

  @ApiProperty({ example: 'logistics', description: 'The department that owns it from now on' })
  department!: string;

  @ApiProperty({ enum: DECIDED_BY, example: 'chair' })
  decidedBy!: DecidedBy;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  identifiedAt!: string;

  @ApiProperty({ type: [DecisionVoteView], description: 'The votes cast by then' })
  votes!: DecisionVoteView[];
}
