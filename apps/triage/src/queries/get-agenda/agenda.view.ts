import { ApiProperty } from '@nestjs/swagger';
import { EffectivenessView } from '../fix-effectiveness/effectiveness.view';
import { AgendaItem, RecentlyResolved } from './get-agenda.query';

export class SuggestionView {
  @ApiProperty({ example: 'Courier capacity does not match the delivery slots sold' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;
}

export class AgendaItemView implements AgendaItem {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ type: SuggestionView, description: "The categorisation rules' suggestion" })
  suggestion!: SuggestionView;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({
    example: 10,
    description: "Complaints weighted by dissatisfaction (outraged 3, upset 2, mild 1): the agenda's order",
  })
  impact!: number;

  @ApiProperty({ example: 2, description: 'Votes cast so far' })
  votes!: number;

  @ApiProperty({
    example: ['The courier came two hours late', 'Delivered after the slot again'],
    type: [String],
    description: 'What the latest few customers wrote, for a first look',
  })
  excerpts!: string[];

  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set when this is a resolved cause come back: the committee looks again at what was decided then',
  })
  recurrenceOf!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.000Z' })
  openedAt!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    example: '2026-11-26T10:15:01.000Z',
    description: 'When the deadline decides',
  })
  reviewDueAt!: string | null;
}

export class RecentlyResolvedView implements RecentlyResolved {
  @ApiProperty({ example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Couriers overbooked' })
  cause!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'logistics' })
  department!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T16:00:00.000Z' })
  resolvedAt!: string;

  @ApiProperty({ type: EffectivenessView, description: 'Whether the fix worked' })
  effectiveness!: EffectivenessView;
}

/** The agenda: a page of root causes under review, heaviest first, and on the first page the causes fixed lately. */
export class AgendaView {
  @ApiProperty({ type: [AgendaItemView] })
  items!: AgendaItemView[];

  @ApiProperty({
    example: 'eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ',
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;

  @ApiProperty({
    type: [RecentlyResolvedView],
    description:
      'On the first page only: causes resolved within the effectiveness weeks, the latest first (at most 10)',
  })
  recentlyResolved!: RecentlyResolvedView[];
}
