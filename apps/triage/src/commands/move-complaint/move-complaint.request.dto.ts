import { IsUUID } from 'class-validator';

export class MoveComplaintRequest {
  /** The root cause the complaint belongs to instead. */
  @IsUUID() toRootCauseId!: string;
}
