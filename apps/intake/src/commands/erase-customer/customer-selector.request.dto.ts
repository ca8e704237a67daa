import { ApiPropertyOptional } from '@nestjs/swagger';
import { E164_PATTERN } from '@redress/contracts';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

/** One customer, by exactly one of the three (checked by customerSelector): the body of an erasure, the query of an export. */
export class CustomerSelectorRequest {
  @ApiPropertyOptional({ example: '+79161234567', description: 'E.164, as the complaints gave it' })
  @IsOptional()
  @Matches(E164_PATTERN, { message: 'must be an E.164 phone number such as +79161234567' })
  phone?: string;

  @ApiPropertyOptional({ example: 'anna@example.com', description: 'Compared ignoring case' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'CRM-88172', description: "The complaint's externalRef" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalRef?: string;
}
