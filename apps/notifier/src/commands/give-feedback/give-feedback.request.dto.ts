import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** "How helpful was this?": 1 (not at all) to 5 (very), and free text. */
export class GiveFeedbackRequest {
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}
