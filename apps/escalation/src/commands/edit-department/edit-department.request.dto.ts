import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { CalendarRequest, ServiceLevelsRequest } from './department-sla.request.dto';

export class ChainLevelRequest {
  /** An owner already on this department's chain, kept with their token (at this level now); omit for a new person. */
  @ApiPropertyOptional({
    example: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d',
    format: 'uuid',
    description: "An owner already on this department's chain, kept with their token; omit for a new person",
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Oleg Smirnov' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ minLength: 3, maxLength: 320, example: 'oleg@example.com' })
  @IsOptional()
  @IsEmail()
  @Length(3, 320)
  email?: string;
}

/**
 * The department's name and its whole chain, level 1 first; its calendar and deadlines per severity are kept as they
 * are when left out, and cleared (wall clock, settings' defaults) when null.
 */
export class EditDepartmentRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Logistics' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ type: [ChainLevelRequest], minItems: 1, maxItems: 20, description: 'The whole chain, level 1 first' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChainLevelRequest)
  chain!: ChainLevelRequest[];

  @ApiPropertyOptional({
    type: CalendarRequest,
    nullable: true,
    description: 'When deadlines count; kept when left out, around the clock (UTC) when null',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalendarRequest)
  calendar?: CalendarRequest | null;

  @ApiPropertyOptional({
    type: ServiceLevelsRequest,
    nullable: true,
    description: "Deadlines per severity; kept when left out, the settings' defaults when null",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelsRequest)
  serviceLevels?: ServiceLevelsRequest | null;
}
