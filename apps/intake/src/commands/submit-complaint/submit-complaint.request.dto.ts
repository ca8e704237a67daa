import {
  CHANNELS, Channel, CLOCK_TIME_PATTERN, DISSATISFACTION_LEVELS, Dissatisfaction, E164_PATTERN, nested, REMEDY_TYPES,
  RemedyType, TOUCHPOINTS, Touchpoint,
} from '@redress/contracts';
import {
  IsEmail, IsIn, IsISO4217CurrencyCode, IsOptional, IsString, IsTimeZone, IsUrl, Length, Matches, MaxLength,
} from 'class-validator';

const DECIMAL_MONEY = /^\d{1,13}(\.\d{1,3})?$/;
const MONEY_HINT = 'must be a decimal string such as "2490.00"';

export class ContactWindowDto {
  @Matches(CLOCK_TIME_PATTERN, { message: 'must be a time HH:MM' }) from!: string;
  @Matches(CLOCK_TIME_PATTERN, { message: 'must be a time HH:MM' }) to!: string;
}

export class CustomerDto {
  @IsString() @Length(1, 200) name!: string;
  @IsOptional() @IsString() @Length(1, 200) formOfAddress?: string;
  @Matches(E164_PATTERN, { message: 'must be an E.164 phone number such as +79161234567' }) phone!: string;
  @IsOptional() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(254) email?: string;
  @IsOptional() @IsTimeZone({ message: 'must be an IANA time zone such as Europe/Moscow' }) timezone?: string;
  @IsOptional() @nested(ContactWindowDto) contactWindow?: ContactWindowDto;
  @IsOptional() @IsIn(CHANNELS) preferredChannel?: Channel;
}

export class OrderDto {
  @IsOptional() @IsString() @Length(1, 100) ref?: string;
  @Matches(DECIMAL_MONEY, { message: MONEY_HINT }) amount!: string;
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as RUB' }) currency!: string;
}

export class RemedyDto {
  @IsIn(REMEDY_TYPES) type!: RemedyType;
  @IsOptional() @Matches(DECIMAL_MONEY, { message: MONEY_HINT }) amount?: string;
}

/** The body of POST /complaints (DESIGN.md, "Intake API"). */
export class SubmitComplaintRequest {
  @IsOptional() @IsString() @Length(1, 100) externalRef?: string;
  @nested(CustomerDto) customer!: CustomerDto;
  @IsIn(TOUCHPOINTS) touchpoint!: Touchpoint;
  @IsOptional() @nested(OrderDto) order?: OrderDto;
  /** Kept verbatim: no trimming, no normalisation. */
  @IsString() @Length(1, 5000) text!: string;
  @IsIn(DISSATISFACTION_LEVELS) dissatisfaction!: Dissatisfaction;
  @IsOptional() @nested(RemedyDto) remedy?: RemedyDto;
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  callbackUrl?: string;
}
