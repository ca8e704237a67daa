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
  @IsOptional() @IsUUID() id?: string;
  @IsString() @Length(1, 200) name!: string;
  @IsOptional() @IsEmail() @Length(3, 320) email?: string;
}

/**
 * The department's name and its whole chain, level 1 first; its calendar and deadlines per severity are kept as they
 * are when left out, and cleared (wall clock, settings' defaults) when null.
 */
export class EditDepartmentRequest {
  @IsString() @Length(1, 200) name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChainLevelRequest)
  chain!: ChainLevelRequest[];

  @IsOptional() @ValidateNested() @Type(() => CalendarRequest) calendar?: CalendarRequest | null;

  @IsOptional() @ValidateNested() @Type(() => ServiceLevelsRequest) serviceLevels?: ServiceLevelsRequest | null;
}
