import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsKnownTimeZone } from '@redress/platform';
import { IsEmail, IsObject, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/**
 * A person's profile as they (or an admin) send it; fields left out stay as they were, `null` clears the email or the
 * chat webhook. Preferences are checked by the domain (parsePreferences), which names each bad kind.
 */
export class StaffProfileRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'olga@example.com', description: '`null` clears it' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  /** A Slack- or Teams-compatible incoming webhook: http(s), to a public address (checked now and at each send). */
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://hooks.slack.com/services/T000/B000/XXXX',
    description: 'Slack- or Teams-compatible incoming webhook, to a public address; `null` clears it',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  chatWebhookUrl?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Moscow', description: 'IANA time zone' })
  @IsOptional()
  @IsKnownTimeZone({ message: 'must be an IANA time zone such as Europe/Moscow' })
  timeZone?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { 'new-root-cause': { delivery: 'digest', hour: 9 }, 'deadline-warning': { delivery: 'now' } },
    description: 'Per kind of notice: `{ "delivery": "now" }` or `{ "delivery": "digest", "hour": 0-23 }`',
  })
  @IsOptional()
  @IsObject()
  preferences?: Record<string, unknown>;
}

/** An admin may also set the person's name (the person's own name comes from the service that knows them). */
export class AdminStaffProfileRequest extends StaffProfileRequest {
  @ApiPropertyOptional({ example: 'Olga Sidorova' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
