import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNELS,
  Channel,
  CLOCK_TIME_PATTERN,
  DISSATISFACTION_LEVELS,
  Dissatisfaction,
  E164_PATTERN,
  LOCALES,
  Locale,
  nested,
  REMEDY_TYPES,
  RemedyType,
  TOUCHPOINTS,
  Touchpoint,
} from '@redress/contracts';
import { CharLength, IsKnownTimeZone } from '@redress/platform';
import {
  IsEmail,
  IsIn,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

const DECIMAL_MONEY = /^\d{1,13}(\.\d{1,3})?$/;
const MONEY_HINT = 'must be a decimal string such as "2490.00"';
const TIME_HINT = 'must be a time HH:MM';

export class ContactWindowDto {
  @ApiProperty({ example: '09:00', description: "Start of the window, in the customer's timezone" })
  @Matches(CLOCK_TIME_PATTERN, { message: TIME_HINT })
  from!: string;

  @ApiProperty({ example: '20:00', description: 'End of the window; earlier than `from` means it runs past midnight' })
  @Matches(CLOCK_TIME_PATTERN, { message: TIME_HINT })
  to!: string;
}

export class CustomerDto {
  @ApiProperty({ example: 'Anna Petrova', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'Ms Petrova', description: 'How the customer wants to be addressed' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  formOfAddress?: string;

  @ApiProperty({ example: '+79161234567', description: 'E.164' })
  @Matches(E164_PATTERN, { message: 'must be an E.164 phone number such as +79161234567' })
  phone!: string;

  @ApiPropertyOptional({ example: 'anna@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'Europe/Moscow', description: 'IANA time zone of the contact window' })
  @IsOptional()
  @IsKnownTimeZone({ message: 'must be an IANA time zone such as Europe/Moscow' })
  timezone?: string;

  @ApiPropertyOptional({ type: ContactWindowDto, description: 'When the customer may be contacted' })
  @IsOptional()
  @nested(ContactWindowDto)
  contactWindow?: ContactWindowDto;

  @ApiPropertyOptional({ enum: CHANNELS, example: 'email' })
  @IsOptional()
  @IsIn(CHANNELS)
  preferredChannel?: Channel;

  @ApiPropertyOptional({
    enum: LOCALES,
    example: 'en',
    description: "The language of every message to the customer; without it, guessed from the complaint's text",
  })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class OrderDto {
  @ApiPropertyOptional({ example: 'ORD-1042' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  ref?: string;

  @ApiProperty({ example: '2490.00', description: "Decimal string with at most the currency's minor digits" })
  @Matches(DECIMAL_MONEY, { message: MONEY_HINT })
  amount!: string;

  @ApiProperty({ example: 'RUB', description: 'ISO 4217' })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as RUB' })
  currency!: string;
}

export class RemedyDto {
  @ApiProperty({ enum: REMEDY_TYPES, example: 'refund' })
  @IsIn(REMEDY_TYPES)
  type!: RemedyType;

  @ApiPropertyOptional({ example: '150.00', description: "Amount claimed, in the order's currency" })
  @IsOptional()
  @Matches(DECIMAL_MONEY, { message: MONEY_HINT })
  amount?: string;
}

/** The body of POST /complaints (DESIGN.md, "Intake API"). */
export class SubmitComplaintRequest {
  @ApiPropertyOptional({ example: 'CRM-88172', description: "The client system's own reference" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalRef?: string;

  @ApiProperty({ type: CustomerDto })
  @nested(CustomerDto)
  customer!: CustomerDto;

  @ApiProperty({ enum: TOUCHPOINTS, example: 'delivery' })
  @IsIn(TOUCHPOINTS)
  touchpoint!: Touchpoint;

  @ApiPropertyOptional({ type: OrderDto })
  @IsOptional()
  @nested(OrderDto)
  order?: OrderDto;

  @ApiProperty({
    example: 'The courier was three hours late and rude on the phone.',
    description: "The customer's words, 1-5000 characters, kept verbatim",
  })
  @CharLength(1, 5000)
  text!: string;

  @ApiProperty({ enum: DISSATISFACTION_LEVELS, example: 'outraged' })
  @IsIn(DISSATISFACTION_LEVELS)
  dissatisfaction!: Dissatisfaction;

  @ApiPropertyOptional({ type: RemedyDto })
  @IsOptional()
  @nested(RemedyDto)
  remedy?: RemedyDto;

  @ApiPropertyOptional({
    example: 'https://crm.example/hooks/redress',
    description:
      'Receives signed status webhooks; http(s) to a host that resolves to public addresses only (docs/outbound-calls.md)',
  })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'must be an http(s) URL' },
  )
  callbackUrl?: string;
}
