import { ApiProperty } from '@nestjs/swagger';
import { ErasureView, ServiceProgress } from './get-erasure.query';

export class ServiceProgressView implements ServiceProgress {
  @ApiProperty({ enum: ['done', 'in-progress'], example: 'done' })
  status!: 'done' | 'in-progress';

  @ApiProperty({ example: 1, description: 'Parts of the erasure this service has reported done' })
  partsDone!: number;

  @ApiProperty({ example: 1, description: 'Parts the erasure has (large erasures go in batches)' })
  parts!: number;

  @ApiProperty({ example: 3, description: 'Complaints of the erasure this service held data of' })
  complaints!: number;
}

export class ErasureServicesView {
  @ApiProperty({ type: ServiceProgressView })
  intake!: ServiceProgressView;

  @ApiProperty({ type: ServiceProgressView })
  triage!: ServiceProgressView;

  @ApiProperty({ type: ServiceProgressView })
  escalation!: ServiceProgressView;

  @ApiProperty({ type: ServiceProgressView })
  notifier!: ServiceProgressView;
}

/** What GET /customers/erasure/:id answers: counts and times, no personal data. */
export class ErasureProgressView implements ErasureView {
  @ApiProperty({ format: 'uuid', example: '0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c' })
  id!: string;

  @ApiProperty({ enum: ['request', 'retention'], example: 'request', description: '`retention`: erased on schedule' })
  reason!: 'request' | 'retention';

  @ApiProperty({ enum: ['done', 'in-progress'], example: 'done', description: '`done` once every service erased' })
  status!: 'done' | 'in-progress';

  @ApiProperty({ format: 'date-time', example: '2026-12-06T10:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-12-06T10:00:02.000Z' })
  completedAt!: string | null;

  @ApiProperty({ example: 3 })
  complaints!: number;

  @ApiProperty({ type: ErasureServicesView, description: 'Progress in each service' })
  services!: ErasureServicesView;
}
