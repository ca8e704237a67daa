import { ApiProperty } from '@nestjs/swagger';
import { AssignmentStatus, OverdueReason } from '../../domain/assignment';
import { AssignmentSummary, AssignmentView, HistoryEvent } from '../../persistence/assignment.store';
import { ASSIGNMENT_STATUSES } from '../list-assignments/list-assignments.query';

const OVERDUE_REASONS: OverdueReason[] = ['acknowledge-overdue', 'resolve-overdue'];
const HISTORY_EVENTS: HistoryEvent[] = [
  'created',
  'escalated',
  'breached',
  'acknowledged',
  'resolved',
  'waiting',
  'resumed',
];

export class OwnerRefView {
  @ApiProperty({ example: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Oleg Smirnov' })
  name!: string;
}

/** Whom a paused assignment waits on. */
export class WaitingView {
  @ApiProperty({ example: 'Courier partner FastShip', description: 'The outside party' })
  on!: string;

  @ApiProperty({ example: 'Their route data for November', description: 'What is awaited from them' })
  reason!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-23T13:00:00.000Z',
    description: 'Since when its clock is stopped',
  })
  since!: string;
}

/** An assignment as lists show it. */
export class AssignmentSummaryView implements AssignmentSummary {
  @ApiProperty({ example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  rootCauseId!: string;

  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ example: 'Couriers overbooked', description: 'The cause the committee identified' })
  cause!: string;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES, example: 'open' })
  status!: AssignmentStatus;

  @ApiProperty({ example: 1, description: 'The level on the chain that has it now' })
  level!: number;

  @ApiProperty({ type: OwnerRefView, description: 'Who has it now' })
  owner!: OwnerRefView;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T15:00:00.000Z' })
  acknowledgeDueAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-28T11:00:00.000Z' })
  resolveDueAt!: string;

  @ApiProperty({
    example: '2026-11-28T11:00:00.000Z',
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'The deadline the timer watches next; null once resolved or breached on both',
  })
  nextDueAt!: string | null;

  @ApiProperty({ example: '2026-11-23T12:30:00.000Z', format: 'date-time', type: String, nullable: true })
  acknowledgedAt!: string | null;

  @ApiProperty({ example: '2026-11-27T16:45:00.000Z', format: 'date-time', type: String, nullable: true })
  resolvedAt!: string | null;

  @ApiProperty({ example: false, description: 'Missed a deadline at the top of its chain' })
  breached!: boolean;

  @ApiProperty({ example: '2026-11-28T11:00:00.000Z', format: 'date-time', type: String, nullable: true })
  breachedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: OVERDUE_REASONS })
  breachReason!: OverdueReason | null;

  @ApiProperty({
    type: WaitingView,
    nullable: true,
    description: 'While it waits on an outside party (its clock stopped): whom, why and since when; else null',
  })
  waiting!: WaitingView | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  createdAt!: string;
}

export class ResolutionView {
  @ApiProperty({ example: 'Two more couriers on the evening shift' })
  actionsTaken!: string;

  @ApiProperty({ example: 'Evening slots were sold beyond courier capacity' })
  causeReport!: string;

  @ApiProperty({ example: 'Cap the slots sold at the couriers booked' })
  eliminationProposal!: string;

  @ApiProperty({
    example: 'We added couriers to the evening shift.',
    type: String,
    nullable: true,
    description: 'What customers were told was done; null: they read a neutral sentence',
  })
  customerSummary!: string | null;

  @ApiProperty({ type: OwnerRefView })
  resolvedBy!: OwnerRefView;
}

export class AssignmentHistoryView {
  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  at!: string;

  @ApiProperty({ enum: HISTORY_EVENTS, example: 'escalated' })
  event!: HistoryEvent;

  @ApiProperty({ example: 2 })
  level!: number;

  @ApiProperty({ type: OwnerRefView })
  owner!: OwnerRefView;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'acknowledge-overdue',
    description: 'Why it moved on, if it did',
  })
  reason!: string | null;

  @ApiProperty({ example: '2026-11-23T15:00:00.000Z', format: 'date-time', type: String, nullable: true })
  acknowledgeDueAt!: string | null;

  @ApiProperty({ example: '2026-11-28T11:00:00.000Z', format: 'date-time', type: String, nullable: true })
  resolveDueAt!: string | null;
}

/** One assignment with its resolution and every hand-over and action. */
export class AssignmentDetailView extends AssignmentSummaryView implements AssignmentView {
  @ApiProperty({ type: ResolutionView, nullable: true, description: 'The three deliverables, once resolved' })
  resolution!: ResolutionView | null;

  @ApiProperty({
    type: [AssignmentHistoryView],
    description: 'Every hand-over and action, oldest first: which level and owner had it when, and why it moved on',
  })
  history!: AssignmentHistoryView[];
}
