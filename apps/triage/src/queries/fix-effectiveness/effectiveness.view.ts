import { ApiProperty } from '@nestjs/swagger';
import { Effectiveness } from '../../domain/effectiveness';

/** What happened to complaints of a fixed cause's category and touchpoint: the weeks before and after its fix. */
export class EffectivenessView implements Effectiveness {
  @ApiProperty({ example: 4, description: 'Weeks compared on each side of the fix' })
  weeks!: number;

  @ApiProperty({
    type: [Number],
    example: [5, 7, 9, 12],
    description: 'Complaints per week before the fix, oldest first',
  })
  before!: number[];

  @ApiProperty({
    type: [Number],
    example: [2, 0],
    description: 'Complaints per week since the fix; weeks begun so far',
  })
  after!: number[];

  @ApiProperty({ example: 1.5, description: 'How much of the after period has passed, in weeks' })
  observedWeeks!: number;

  @ApiProperty({ example: 8.25 })
  beforePerWeek!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1.33 })
  afterPerWeek!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: -84,
    description: 'The change in the weekly rate, in percent (negative: fewer); null when there is nothing to compare',
  })
  changePercent!: number | null;

  @ApiProperty({ example: '84 % fewer complaints per week since the fix' })
  summary!: string;
}
