import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, StaffRole } from '../../domain/staff-preferences';

export interface StaffListItem {
  person: string;
  role: StaffRole;
  name: string;
  email: string | null;
  chatWebhookUrl: string | null;
  timeZone: string;
  updatedAt: string;
}

/** The documented shape of one person in the directory's list (StaffListItem). */
export class StaffListItemDoc implements StaffListItem {
  @ApiProperty({ example: 'owner:3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', description: 'The key: `<role>:<id>`' })
  person!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'owner' })
  role!: StaffRole;

  @ApiProperty({ example: 'Olga Sidorova' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'olga@example.com' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://hooks.slack.com/services/T000/B000/XXXX' })
  chatWebhookUrl!: string | null;

  @ApiProperty({ example: 'Europe/Moscow' })
  timeZone!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  updatedAt!: string;
}
