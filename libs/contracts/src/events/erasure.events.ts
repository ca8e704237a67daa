import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsUUID, Min } from 'class-validator';

/** The services that hold copies of a complaint and erase them on `customer.erased`, each reporting back. */
export const ERASING_SERVICES = ['triage', 'escalation', 'notifier'] as const;
export type ErasingService = (typeof ERASING_SERVICES)[number];

/** At most this many complaint ids travel in one `customer.erased`: a bigger erasure is sent in parts. */
export const ERASURE_PART_SIZE = 500;

/**
 * A customer's personal data was erased at intake (on request or after PERSONAL_DATA_RETENTION): every service erases
 * what it holds of these complaints. It names complaints only, never the customer: the event must not re-spread what
 * it erases. Keyed by the erasure id; one part of `parts`.
 */
export class CustomerErasedData {
  @IsUUID() erasureId!: string;
  @ArrayMinSize(1) @ArrayMaxSize(ERASURE_PART_SIZE) @IsUUID('all', { each: true }) complaintIds!: string[];
  @IsInt() @Min(1) part!: number;
  @IsInt() @Min(1) parts!: number;
}

/** A service erased one part of an erasure (`complaints`: how many of its complaints it held); intake shows progress. */
export class CustomerErasureProgressedData {
  @IsUUID() erasureId!: string;
  @IsIn(ERASING_SERVICES) service!: ErasingService;
  @IsInt() @Min(1) part!: number;
  @IsInt() @Min(1) parts!: number;
  @IsInt() @Min(0) complaints!: number;
}
