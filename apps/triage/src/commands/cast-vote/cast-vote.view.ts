import { ApiProperty } from '@nestjs/swagger';
import { IdentifiedRootCauseView } from '../review-root-cause/identified-root-cause.view';
import { CastVoteResult } from './cast-vote.service';

export class CastVoteView {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid' })
  memberId!: string;

  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:40:00.000Z' })
  castAt!: string;
}

export class CastVoteResultView implements CastVoteResult {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  rootCauseId!: string;

  @ApiProperty({
    enum: ['under-review', 'identified'],
    description: '`identified` when this vote completed the quorum',
  })
  status!: 'under-review' | 'identified';

  @ApiProperty({ type: CastVoteView, description: "The member's vote as recorded" })
  vote!: CastVoteView;

  @ApiProperty({
    type: IdentifiedRootCauseView,
    nullable: true,
    description: 'Set when this vote completed the quorum',
  })
  decision!: IdentifiedRootCauseView | null;
}
