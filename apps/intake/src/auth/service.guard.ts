import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { bearerToken, sameToken } from '@redress/platform';
import { INTAKE_SETTINGS, IntakeSettings } from '../config/intake.settings';

/**
 * Intake's internal routes answer only the services that hold INTAKE_SERVICE_TOKEN (the notifier), as
 * `Authorization: Bearer <token>`: they hand out a customer's contact details and send in a client's name.
 */
@Injectable()
export class ServiceGuard implements CanActivate {
  constructor(@Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    const token = bearerToken(request.headers);
    if (!token || !sameToken(token, this.settings.serviceToken))
      throw new UnauthorizedException('Send the service token (INTAKE_SERVICE_TOKEN) as a bearer token');
    return true;
  }
}
