import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { bearerToken, StaffDirectory, StaffDirectoryUnavailable, StaffPerson } from '@redress/platform';

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; staff?: StaffPerson };

/**
 * `Authorization: Bearer <token>` of a committee member or a department owner. Intake keeps no people: it asks the
 * service that issued the token, on every request, so a person removed there is refused here at once.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(private readonly directory: StaffDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers);
    let person: StaffPerson | null;
    try {
      person = await this.directory.identify(token);
    } catch (error) {
      // Not the person's fault, and not a reason to say who was asked.
      if (error instanceof StaffDirectoryUnavailable)
        throw new ServiceUnavailableException('The service that issued this token did not answer; try again shortly');
      throw error;
    }
    if (!person) throw new UnauthorizedException('Unknown member or owner token');
    request.staff = person;
    return true;
  }
}

export const CurrentStaff = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffPerson =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().staff as StaffPerson,
);
