import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, StaffRole } from '../../domain/staff-preferences';
import type { StaffProfileView } from './staff-directory.service';

const PREFERENCES_EXAMPLE = {
  'assignment-created': { delivery: 'now' },
  'deadline-warning': { delivery: 'now' },
  'new-root-cause': { delivery: 'digest', hour: 9 },
};

/** The documented shape of a staff profile (StaffProfileView). */
export class StaffProfileDoc implements StaffProfileView {
  @ApiProperty({ example: 'owner:3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', description: 'The key: `<role>:<id>`' })
  person!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'owner' })
  role!: StaffRole;

  @ApiProperty({ example: 'Olga Sidorova' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'olga@example.com' })
  email!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://hooks.slack.com/services/T000/B000/XXXX',
    description: 'A Slack- or Teams-compatible incoming webhook',
  })
  chatWebhookUrl!: string | null;

  @ApiProperty({ example: 'Europe/Moscow', description: 'IANA zone: times in notices and digest hours are on it' })
  timeZone!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: PREFERENCES_EXAMPLE,
    description: 'Every kind of notice with how it reaches the person: `now`, or `digest` at `hour` (0-23)',
  })
  preferences!: StaffProfileView['preferences'];

  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  updatedAt!: string | null;
}
