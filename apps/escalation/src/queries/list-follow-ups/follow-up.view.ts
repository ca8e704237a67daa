import { ApiProperty } from '@nestjs/swagger';
import { FOLLOW_UP_OUTCOMES, LOW_SCORE_REASONS } from '@redress/contracts';
import { FollowUpView } from '../../persistence/follow-up.store';
import { OwnerRefView } from '../get-assignment/assignment.view';

/** A callback owed to a customer who rated the answer low. */
export class FollowUpDetailView implements FollowUpView {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 1, description: "The customer's rating" })
  rating!: number;

  @ApiProperty({ type: String, nullable: true, enum: LOW_SCORE_REASONS, description: 'Why the customer rated it low' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Still late this week.' })
  comment!: string | null;

  @ApiProperty({ example: 'customer-care' })
  department!: string;

  @ApiProperty({ example: 1 })
  level!: number;

  @ApiProperty({ type: OwnerRefView })
  owner!: OwnerRefView;

  @ApiProperty({ enum: ['open', 'done'] })
  status!: 'open' | 'done';

  @ApiProperty({ format: 'date-time', example: '2026-11-24T09:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  dueAt!: string;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ example: '2026-11-26T10:00:00.000Z', format: 'date-time', type: String, nullable: true })
  breachedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: FOLLOW_UP_OUTCOMES })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Agreed a refund of the delivery fee' })
  note!: string | null;

  @ApiProperty({ example: '2026-11-25T14:20:00.000Z', format: 'date-time', type: String, nullable: true })
  completedAt!: string | null;
}
