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
