import { IsString, Length } from 'class-validator';

/** The chair's decision: the cause and the department that owns it. */
export class DecideRootCauseRequest {
  @IsString() @Length(1, 2000) cause!: string;
  @IsString() @Length(1, 100) department!: string;
}
