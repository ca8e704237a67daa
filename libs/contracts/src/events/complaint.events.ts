import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MoneyPayload, nested } from './shared.payloads';
import {
  ATTACHMENT_CONTENT_TYPES,
  AttachmentContentType,
  CHANNELS,
  Channel,
  CLOCK_TIME_PATTERN,
  DISSATISFACTION_LEVELS,
  Dissatisfaction,
  E164_PATTERN,
  LOCALES,
  Locale,
  REMEDY_TYPES,
  RemedyType,
  TOUCHPOINTS,
  Touchpoint,
} from './vocabulary';

export class ContactWindowPayload {
  @Matches(CLOCK_TIME_PATTERN) from!: string;
  @Matches(CLOCK_TIME_PATTERN) to!: string;
}

/**
 * The customer as `complaint.received` carries them: since version 2 only what decides when and how they are
 * reached (time zone, window, channel, language, whether they gave an email), never who they are: intake keeps the
 * name, phone and email and the notifier asks for them when it sends (ADR 0009). Version 1 events, still on the
 * topics until their retention, carry `name`, `formOfAddress`, `phone` and `email` too; they still parse.
 */
export class CustomerPayload {
  /** Version 1 only. */
  @IsOptional() @IsString() @Length(1, 200) name?: string;
  /** Version 1 only. */
  @IsOptional() @IsString() @Length(1, 200) formOfAddress?: string;
  /** Version 1 only. */
  @IsOptional() @Matches(E164_PATTERN) phone?: string;
  /** Version 1 only. */
  @IsOptional() @IsEmail() email?: string;
  /** Whether the customer gave an email address (version 2; in version 1, whether `email` is there). */
  @IsOptional() @IsBoolean() hasEmail?: boolean;
  @IsOptional() @IsString() @MinLength(1) timezone?: string;
  @IsOptional() @nested(ContactWindowPayload) contactWindow?: ContactWindowPayload;
  @IsOptional() @IsIn(CHANNELS) preferredChannel?: Channel;
  /** The language of every message to the customer; absent: the notifier guesses it from the complaint's text. */
  @IsOptional() @IsIn(LOCALES) locale?: Locale;
}

export class OrderPayload extends MoneyPayload {
  @IsOptional() @IsString() @Length(1, 100) ref?: string;
}

export class RemedyPayload {
  @IsIn(REMEDY_TYPES) type!: RemedyType;
  @IsOptional() @nested(MoneyPayload) claimed?: MoneyPayload;
}

export class ComplaintReceivedData {
  @IsUUID() complaintId!: string;
  @IsISO8601() receivedAt!: string;
  @IsString() @MinLength(1) clientSystem!: string;
  /** Version 1 only: the client system's reference stays with intake since version 2. */
  @IsOptional() @IsString() externalRef?: string;
  /**
   * The customer's data was erased before this event was sent (a copy of it rewritten in the outbox): no customer,
   * no externalRef, the text redacted. Absent on every complaint as filed.
   */
  @IsOptional() @IsIn([true]) erased?: true;
  /** Required unless `erased`. */
  @ValidateIf((data: ComplaintReceivedData) => data.erased !== true)
  @nested(CustomerPayload)
  customer?: CustomerPayload;
  @IsIn(TOUCHPOINTS) touchpoint!: Touchpoint;
  @IsOptional() @nested(OrderPayload) order?: OrderPayload;
  @IsString() @Length(1, 5000) text!: string;
  @IsIn(DISSATISFACTION_LEVELS) dissatisfaction!: Dissatisfaction;
  @IsOptional() @nested(RemedyPayload) remedy?: RemedyPayload;
  /** Version 1 only: since version 2 intake keeps the URL and delivers the customer's webhooks itself. */
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_tld: false }) callbackUrl?: string;
  /** The complaint has a `callbackUrl` for the customer's webhook channel (version 2). */
  @IsOptional() @IsBoolean() hasCallbackUrl?: boolean;
}

/**
 * A client system attached a file to one of its complaints. Ids, size and type only: the bytes stay in intake, and
 * staff read them through intake's routes.
 */
export class ComplaintAttachmentAddedData {
  @IsUUID() complaintId!: string;
  @IsUUID() attachmentId!: string;
  @IsIn(ATTACHMENT_CONTENT_TYPES) contentType!: AttachmentContentType;
  @IsInt() @Min(1) sizeBytes!: number;
  @IsISO8601() addedAt!: string;
}
