import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsObject, IsString, Length, Matches, Min, MinLength, ValidateNested } from 'class-validator';
import { CURRENCY_PATTERN } from './vocabulary';

/** Money travels as integer minor units (kopecks, cents) with its currency; never as a float. */
export class MoneyPayload {
  @IsInt() @Min(0) amount!: number;
  @Matches(CURRENCY_PATTERN) currency!: string;
}

export class OwnerRef {
  @IsString() @MinLength(1) id!: string;
  @IsString() @MinLength(1) name!: string;
}

export class VotePayload {
  @IsString() @MinLength(1) memberId!: string;
  @IsString() @Length(1, 2000) cause!: string;
  @IsString() @MinLength(1) department!: string;
}

/** A required or optional nested object, validated as its own class. */
export function nested<T>(cls: new () => T) {
  return (target: object, property: string) => {
    IsObject()(target, property);
    ValidateNested()(target, property);
    Type(() => cls)(target, property);
  };
}

/** An array whose items are each validated as `cls`. */
export function nestedArray<T>(cls: new () => T) {
  return (target: object, property: string) => {
    IsArray()(target, property);
    ValidateNested({ each: true })(target, property);
    Type(() => cls)(target, property);
  };
}
