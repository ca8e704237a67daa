import { ApiProperty } from '@nestjs/swagger';
import { IdentifiedRootCauseView } from '../review/identified-root-cause.view';
import { CastVoteResult } from './cast-vote.service';

export class CastVoteView {
  @ApiProperty({ format: 'uuid' })
  memberId!: string;

  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ example: '2026-11-23T10:40:00.000Z' })
  castAt!: string;
}

export class CastVoteResultView implements CastVoteResult {
  @ApiProperty({ format: 'uuid' })
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
