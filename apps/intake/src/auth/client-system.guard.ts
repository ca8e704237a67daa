import { CanActivate, createParamDecorator, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashToken } from '@redress/platform';

export interface ClientSystem {
  id: string;
  name: string;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; clientSystem?: ClientSystem };

/** Lets a request through only with the `X-Api-Key` of a registered client system, which it then carries. */
@Injectable()
export class ClientSystemGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
      throw new UnauthorizedException('Send the client system API key in the X-Api-Key header');
    }
    const [client]: ClientSystem[] = await this.dataSource.query(
      'SELECT id, name FROM intake.client_systems WHERE api_key_hash = $1',
      [hashToken(key)],
    );
    if (!client) throw new UnauthorizedException('Unknown API key');
    request.clientSystem = client;
    return true;
  }
}

export const CurrentClient = createParamDecorator(
  (_: unknown, context: ExecutionContext): ClientSystem =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().clientSystem as ClientSystem,
);
