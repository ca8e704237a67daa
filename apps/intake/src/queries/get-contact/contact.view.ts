import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What the notifier needs to reach a complaint's customer, asked for just before it sends (ADR 0009). */
export class ContactView {
  @ApiProperty({ example: 'Anna Petrova', description: "The customer's name as filed" })
  name!: string;

  @ApiPropertyOptional({ example: 'Ms Petrova', description: 'How the customer is addressed, when the client gave it' })
  formOfAddress?: string;

  @ApiProperty({ example: '+79161234567', description: 'E.164' })
  phone!: string;

  @ApiPropertyOptional({ example: 'anna@example.com' })
  email?: string;

  @ApiProperty({
    example: 'CRM-88172',
    description:
      "The reference quoted to the customer: the client's externalRef, or the complaint id's first 8 characters",
  })
  reference!: string;
}

export class ComplaintContactView extends ContactView {
  @ApiProperty({ format: 'uuid', example: '0b9d2a4e-5c1f-4d7a-9e3b-2f6c8a1d4e5f' })
  complaintId!: string;
}

/** The answer to a contact lookup: every complaint asked about is in exactly one of the two lists. */
export class ContactsView {
  @ApiProperty({ type: [ComplaintContactView], description: 'The complaints whose customers can be reached' })
  contacts!: ComplaintContactView[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['7f3e9c1a-2b4d-4e6f-8a0c-1d3e5f7a9b2c'],
    description: "Complaints whose customer's data was erased, or that intake does not know: nothing more is sent",
  })
  gone!: string[];
}
