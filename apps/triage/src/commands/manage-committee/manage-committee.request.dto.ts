import { IsString, IsUUID, Length } from 'class-validator';

export class AddMemberRequest {
  @IsString() @Length(1, 200) name!: string;
  @IsString() @Length(1, 100) department!: string;
}

export class HandOverChairRequest {
  /** The member who chairs from now on. */
  @IsUUID() memberId!: string;
}
