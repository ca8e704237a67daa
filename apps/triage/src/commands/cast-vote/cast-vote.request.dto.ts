import { IsString, Length } from 'class-validator';

/** A member's view of the cause and of the department that should own it. */
export class CastVoteRequest {
  @IsString() @Length(1, 2000) cause!: string;
  @IsString() @Length(1, 100) department!: string;
}
