import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { bearerToken, hashToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { currentMemberByTokenHash } from '../persistence/committee.store';

export interface CommitteeMember {
  id: string;
  name: string;
  department: string;
  chair: boolean;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; member?: CommitteeMember };

/** Lets a request through only with the bearer token of a current committee member, whom it then carries. */
@Injectable()
export class CommitteeMemberGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers);
    const member: CommitteeMember | undefined = await currentMemberByTokenHash(this.dataSource, hashToken(token));
    if (!member) throw new UnauthorizedException('Unknown member token');
    request.member = member;
    return true;
  }
}

export const CurrentMember = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommitteeMember =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().member as CommitteeMember,
);

/** Deciding, moving, merging and editing the roster are the chair's alone. */
export function requireChair(member: CommitteeMember, action: string): void {
  if (!member.chair) throw new ForbiddenException(`Only the committee chair may ${action}`);
}
