import { IsUUID } from 'class-validator';

export class MergeRootCausesRequest {
  /** The root cause that absorbs this one and its complaints. */
  @IsUUID() intoRootCauseId!: string;
}
