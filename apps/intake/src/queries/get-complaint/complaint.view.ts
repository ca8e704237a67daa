import { ApiProperty } from '@nestjs/swagger';
import { COMPLAINT_STATUSES, ComplaintStatus } from '../../domain/complaint-status';
import { CustomerDto } from '../../commands/submit-complaint/submit-complaint.request.dto';

export class TimelineItem {
  @ApiProperty({ example: 'rootcause.complaint-linked', description: 'The event type, or `status.changed`' })
  type!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.200Z' })
  at!: string;

  @ApiProperty({ example: 'Grouped under root cause "late-delivery"' })
  summary!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { rootCauseId: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', category: 'late-delivery' },
    description: 'What concerns this complaint only: never other complaints or customers',
  })
  details!: Record<string, unknown>;
}

export class ComplaintOrderView {
  @ApiProperty({ required: false, example: 'ORD-1042' })
  ref?: string;

  @ApiProperty({ example: '2490.00' })
  amount!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;
}

export class ComplaintRemedyView {
  @ApiProperty({ example: 'refund' })
  type!: string;

  @ApiProperty({ required: false, example: '150.00', description: 'The amount claimed' })
  amount?: string;
}

export class ComplaintAssignmentView {
  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ example: 1, description: 'The level on the chain: 1 the owner, 2 the head, ...' })
  level!: number;
}

export class ComplaintCompensationView {
  @ApiProperty({ example: '200.00', description: 'What has been granted so far' })
  amount!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '500.00',
    description: 'What the customer claimed, if anything',
  })
  requested!: string | null;

  @ApiProperty({ enum: ['granted', 'review'], description: '`review` while a person still has to decide on more' })
  status!: 'granted' | 'review';
}

/** What GET /complaints/:id answers (docs/design.md, "Intake API"). */
export class ComplaintView {
  @ApiProperty({ format: 'uuid', example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'CRM-88172' })
  externalRef!: string | null;

  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'triaged' })
  status!: ComplaintStatus;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ type: CustomerDto, description: 'The customer as filed' })
  customer!: unknown;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ type: ComplaintOrderView, nullable: true })
  order!: ComplaintOrderView | null;

  @ApiProperty({ example: 'The courier was three hours late and rude on the phone.' })
  text!: string;

  @ApiProperty({ example: 'outraged' })
  dissatisfaction!: string;

  @ApiProperty({ type: ComplaintRemedyView, nullable: true })
  remedy!: ComplaintRemedyView | null;

  @ApiProperty({
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set once triage has grouped it',
  })
  rootCauseId!: string | null;

  @ApiProperty({ type: ComplaintAssignmentView, nullable: true, description: 'Who works on its root cause now' })
  assignment!: ComplaintAssignmentView | null;

  @ApiProperty({ type: ComplaintCompensationView, nullable: true })
  compensation!: ComplaintCompensationView | null;

  @ApiProperty({ type: [TimelineItem], description: "Its own events and its root cause's, oldest first" })
  timeline!: TimelineItem[];
}
