import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

export class ChainLevelRequest {
  /** An owner already on this department's chain, kept with their token (at this level now); omit for a new person. */
  @IsOptional() @IsUUID() id?: string;
  @IsString() @Length(1, 200) name!: string;
  @IsOptional() @IsEmail() @Length(3, 320) email?: string;
}

/** The department's name and its whole chain, level 1 first. */
export class EditDepartmentRequest {
  @IsString() @Length(1, 200) name!: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ChainLevelRequest)
  chain!: ChainLevelRequest[];
}
