import { ApiProperty } from '@nestjs/swagger';
import { DECIDED_BY } from '@redress/contracts';
import { RootCauseStatus } from '../../commands/review-root-cause/root-cause-review.service';
import { EffectivenessView } from '../fix-effectiveness/effectiveness.view';
import { SuggestionView } from '../get-agenda/agenda.view';
import { ROOT_CAUSE_STATUSES } from '../list-root-causes/list-root-causes.query';
import { RootCauseView } from './get-root-cause.query';

export class DissatisfactionCountsView {
  @ApiProperty({ example: 2 })
  outraged!: number;

  @ApiProperty({ example: 1 })
  upset!: number;

  @ApiProperty({ example: 1 })
  mild!: number;
}

export class RootCauseVoteView {
  @ApiProperty({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', format: 'uuid' })
  memberId!: string;

  @ApiProperty({ example: 'Irina Sokolova' })
  memberName!: string;

  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:40:00.000Z' })
  castAt!: string;
}

export class RootCauseDecisionView {
  @ApiProperty({ example: 'Couriers overbooked' })
  cause!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ enum: DECIDED_BY, example: 'chair' })
  decidedBy!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  identifiedAt!: string;
}

export class RecurrenceView {
  @ApiProperty({ example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60', format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROOT_CAUSE_STATUSES })
  status!: RootCauseStatus;

  @ApiProperty({ format: 'date-time', example: '2026-12-10T08:00:00.000Z' })
  openedAt!: string;
}

export class LinkedComplaintView {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ example: 'outraged' })
  dissatisfaction!: string;

  @ApiProperty({ type: String, nullable: true, example: 'The courier was three hours late and rude on the phone.' })
  excerpt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.000Z' })
  linkedAt!: string;
}

export class LinkedComplaintsPage {
  @ApiProperty({ type: [LinkedComplaintView] })
  items!: LinkedComplaintView[];

  @ApiProperty({
    example: 'eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ',
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

/** GET /rootcauses/{id}: a root cause with its votes, its decision and a page of its complaints. */
export class RootCauseDetailView implements RootCauseView {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROOT_CAUSE_STATUSES, example: 'identified' })
  status!: RootCauseStatus;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ type: SuggestionView })
  suggestion!: SuggestionView;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({ example: 10 })
  impact!: number;

  @ApiProperty({ type: DissatisfactionCountsView, description: 'Its complaints by dissatisfaction' })
  dissatisfaction!: DissatisfactionCountsView;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.000Z' })
  openedAt!: string;

  @ApiProperty({ example: '2026-11-24T10:00:00.000Z', format: 'date-time', type: String, nullable: true })
  reviewDueAt!: string | null;

  @ApiProperty({ type: [RootCauseVoteView] })
  votes!: RootCauseVoteView[];

  @ApiProperty({ type: RootCauseDecisionView, nullable: true, description: 'Null while under review' })
  decision!: RootCauseDecisionView | null;

  @ApiProperty({ example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60', type: String, nullable: true, format: 'uuid' })
  mergedInto!: string | null;

  @ApiProperty({ example: '2026-11-24T09:15:00.000Z', format: 'date-time', type: String, nullable: true })
  mergedAt!: string | null;

  @ApiProperty({ example: '2026-11-27T16:45:00.000Z', format: 'date-time', type: String, nullable: true })
  resolvedAt!: string | null;

  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set when this root cause is a resolved one come back (recurrence)',
  })
  recurrenceOf!: string | null;

  @ApiProperty({ type: [RecurrenceView], description: 'Root causes opened later because this one came back' })
  recurrences!: RecurrenceView[];

  @ApiProperty({ type: EffectivenessView, nullable: true, description: 'Null until resolved' })
  effectiveness!: EffectivenessView | null;

  @ApiProperty({
    type: LinkedComplaintsPage,
    description: 'One page of its complaints, oldest link first; `?limit=&cursor=` page through them',
  })
  complaints!: LinkedComplaintsPage;
}
