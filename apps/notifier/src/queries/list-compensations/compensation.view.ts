import { ApiProperty } from '@nestjs/swagger';
import { COMPENSATION_BASES, REVIEW_REASONS } from '@redress/contracts';
import type { CompensationView } from './list-compensations.query';

export const COMPENSATION_STATUSES = ['none', 'granted', 'review', 'approved', 'rejected'] as const;

export class SupervisorRefView {
  @ApiProperty({ example: '4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d', format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Elena Volkova' })
  name!: string | null;
}

export class FirstApprovalView {
  @ApiProperty({ example: '450.00' })
  amount!: string;

  @ApiProperty({ type: SupervisorRefView })
  supervisor!: SupervisorRefView;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T10:00:00.000Z' })
  approvedAt!: string;
}

/** A complaint's compensation as a supervisor sees it. */
export class CompensationDetailView implements CompensationView {
  @ApiProperty({ example: '6e7f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ enum: COMPENSATION_STATUSES, example: 'review' })
  status!: string;

  @ApiProperty({ example: '200.00', description: 'Granted so far' })
  granted!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '500.00',
    description: 'What would settle the case, when a person has to decide',
  })
  requested!: string | null;

  @ApiProperty({ example: 'RUB' })
  currency!: string;

  @ApiProperty({ enum: COMPENSATION_BASES, example: 'capped' })
  basis!: string;

  @ApiProperty({ type: String, nullable: true, enum: REVIEW_REASONS, example: 'over-limit' })
  reviewReason!: string | null;

  @ApiProperty({
    type: FirstApprovalView,
    nullable: true,
    description:
      'The first of two approvals an amount above COMPENSATION_APPROVAL_LIMIT needs; while `review`, it waits for ' +
      'a second, different supervisor',
  })
  firstApproval!: FirstApprovalView | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-24T16:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-23T13:05:00.000Z', format: 'date-time', type: String, nullable: true })
  decidedAt!: string | null;

  @ApiProperty({
    example: 'The order was delivered on time according to the courier log',
    type: String,
    nullable: true,
    description:
      "A rejection's reason as the supervisor gave it; null without one (the customer was told a neutral one)",
  })
  decisionReason!: string | null;
}
