import { ApiProperty } from '@nestjs/swagger';
import { Trends } from './get-trends.query';

export class CategoryTrendView {
  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ type: [Number], example: [3, 5, 9], description: 'One count per week of `weeks`' })
  counts!: number[];

  @ApiProperty({ example: 17 })
  total!: number;
}

export class RootCauseTrendView {
  @ApiProperty({ type: [Number], example: [1, 0, 2] })
  opened!: number[];

  @ApiProperty({ type: [Number], example: [0, 1, 0] })
  resolved!: number[];
}

export class FixView {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  rootCauseId!: string;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ example: '2026-11-16', description: 'The Monday of the week it was resolved' })
  week!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T16:00:00.000Z' })
  resolvedAt!: string;
}

export class TrendsView implements Trends {
  @ApiProperty({
    type: [String],
    example: ['2026-11-09', '2026-11-16', '2026-11-23'],
    description: 'Monday (UTC) of each week, oldest first; every count list has one number per week',
  })
  weeks!: string[];

  @ApiProperty({
    type: [CategoryTrendView],
    description: 'Complaints received per category per week, the most frequent first',
  })
  categories!: CategoryTrendView[];

  @ApiProperty({ type: RootCauseTrendView, description: 'Root causes opened and resolved per week' })
  rootCauses!: RootCauseTrendView;

  @ApiProperty({ type: [FixView], description: 'Root causes resolved in the period (at most 100)' })
  fixes!: FixView[];
}
