import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

/** Most complaints one contact lookup names: the notifier asks for one claim of due messages at a time. */
export const MAX_CONTACTS_PER_LOOKUP = 100;

/** `POST /internal/complaints/contacts`: the complaints whose customers the notifier is about to write to. */
export class ContactsRequest {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_CONTACTS_PER_LOOKUP,
    example: ['0b9d2a4e-5c1f-4d7a-9e3b-2f6c8a1d4e5f'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTACTS_PER_LOOKUP)
  @IsUUID('all', { each: true, message: 'each complaint id must be a UUID' })
  complaintIds!: string[];
}
