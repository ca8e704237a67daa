import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, registerDecorator, ValidationArguments } from 'class-validator';
import { checkDeliverables, Resolution } from '../../domain/deliverables';

/** One deliverable: present, text, not blank, at most 10,000 characters; one message naming the field. */
function IsDeliverable(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    const field = property as keyof Resolution;
    const problemOf = (value: unknown) =>
      checkDeliverables({ actionsTaken: 'x', causeReport: 'x', eliminationProposal: 'x', [field]: value })[0];
    registerDecorator({
      name: 'isDeliverable',
      target: target.constructor,
      propertyName: field,
      options: { message: (args: ValidationArguments) => problemOf(args.value)?.reason ?? `${field} is invalid` },
      validator: { validate: (value: unknown) => !problemOf(value) },
    });
  };
}

/**
 * The three deliverables, each required and non-blank: a 400 names every one that is missing. `customerSummary`,
 * optional, is what customers read about the fix (plain text, at most 1,000 characters).
 */
export class ResolveAssignmentRequest {
  @ApiProperty({
    maxLength: 10_000,
    example: 'Two more couriers on the evening shift',
    description: 'The measures taken',
  })
  @IsDeliverable()
  actionsTaken!: string;

  @ApiProperty({
    maxLength: 10_000,
    example: 'Evening slots were sold beyond courier capacity',
    description: 'The report on the causes',
  })
  @IsDeliverable()
  causeReport!: string;

  @ApiProperty({
    maxLength: 10_000,
    example: 'Cap the slots sold at the couriers booked',
    description: 'How to eliminate them',
  })
  @IsDeliverable()
  eliminationProposal!: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'We added couriers to the evening shift.',
    description: 'What customers read about the fix; without it they read a neutral sentence',
  })
  @IsOptional()
  @IsDeliverable()
  customerSummary?: string;
}
