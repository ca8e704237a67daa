import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatMinorUnits, TOUCHPOINTS } from '@redress/contracts';
import type { PlaybookApplicationView } from './list-playbooks.query';

export interface PlaybookView {
  id: string;
  name: string;
  touchpoint: string | null;
  keywords: string[];
  activeFrom: string;
  activeUntil: string | null;
  /** Whether it applies to complaints received now. */
  active: boolean;
  message: { ru?: string; en?: string };
  compensation: string;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export function playbookView(row: Record<string, any>, now = new Date()): PlaybookView {
  const activeFrom = new Date(row.active_from);
  const activeUntil = row.active_until ? new Date(row.active_until) : null;
  return {
    id: row.id,
    name: row.name,
    touchpoint: row.touchpoint,
    keywords: row.keywords,
    activeFrom: activeFrom.toISOString(),
    activeUntil: activeUntil?.toISOString() ?? null,
    active: activeFrom <= now && (!activeUntil || activeUntil > now),
    message: row.message,
    compensation: formatMinorUnits(Number(row.compensation), row.currency),
    currency: row.currency,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export class PlaybookMessageView {
  @ApiPropertyOptional({ example: 'Из-за снегопада доставка задерживается. Номер обращения {reference}.' })
  ru?: string;

  @ApiPropertyOptional({ example: 'Snow is delaying deliveries. Your reference is {reference}.' })
  en?: string;
}

/** The documented shape of `PlaybookView`. */
export class PlaybookDetailView implements PlaybookView {
  @ApiProperty({ example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Snowstorm' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, enum: TOUCHPOINTS, description: 'Null: every touchpoint' })
  touchpoint!: string | null;

  @ApiProperty({ type: [String], example: ['snow', 'late'] })
  keywords!: string[];

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00.000Z' })
  activeFrom!: string;

  @ApiProperty({
    example: '2026-11-30T23:59:59.000Z',
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Null: until ended',
  })
  activeUntil!: string | null;

  @ApiProperty({ example: true, description: 'Whether it applies to complaints received now' })
  active!: boolean;

  @ApiProperty({ type: PlaybookMessageView })
  message!: PlaybookMessageView;

  @ApiProperty({ example: '150.00' })
  compensation!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-30T12:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-30T12:00:00.000Z' })
  updatedAt!: string;
}

export class PlaybookAppliedView {
  @ApiProperty({ example: 42, description: 'Complaints it was applied to' })
  complaints!: number;

  @ApiProperty({ example: '6300.00', description: 'Compensation paid under it' })
  compensation!: string;
}

export class PlaybookWithAppliedView extends PlaybookDetailView {
  @ApiProperty({ type: PlaybookAppliedView, description: 'What it has done so far' })
  applied!: PlaybookAppliedView;
}

export class PlaybookApplicationDetailView implements PlaybookApplicationView {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T08:00:00.000Z' })
  appliedAt!: string;

  @ApiProperty({ example: '150.00' })
  compensation!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;
}
