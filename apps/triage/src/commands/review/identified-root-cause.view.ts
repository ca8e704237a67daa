import { ApiProperty } from '@nestjs/swagger';
import { DECIDED_BY, DecidedBy } from '@redress/contracts';
import { IdentifiedRootCause } from './root-cause-review';

export class DecisionVoteView {
  @ApiProperty({ format: 'uuid' })
  memberId!: string;

  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;
}

/** A root cause the committee has identified: what `rootcause.identified` carries. */
export class IdentifiedRootCauseView implements IdentifiedRootCause {
  @ApiProperty({ format: 'uuid' })
  rootCauseId!: string;

  @ApiProperty({ example: 'Couriers overbooked', description: 'The cause statement' })
  cause!: string;

  @ApiProperty({ example: 'logistics', description: 'The department that owns it from now on' })
  department!: string;

  @ApiProperty({ enum: DECIDED_BY, example: 'chair' })
  decidedBy!: DecidedBy;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({ example: '2026-11-23T11:00:00.000Z' })
  identifiedAt!: string;

  @ApiProperty({ type: [DecisionVoteView], description: 'The votes cast by then' })
  votes!: DecisionVoteView[];
}
