import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { hashToken } from '@redress/platform';
import { ClientSystemKind } from '../persistence/client-system.store';
import { KnownClientKeys } from './known-client-keys';

export interface ClientSystem {
  id: string;
  name: string;
  kind: ClientSystemKind;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; clientSystem?: ClientSystem };

/** Lets a request through only with the `X-Api-Key` of a registered, unrevoked client system, which it then carries. */
@Injectable()
export class ClientSystemGuard implements CanActivate {
  constructor(private readonly knownKeys: KnownClientKeys) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
      throw new UnauthorizedException('Send the client system API key in the X-Api-Key header');
    }
    const client = await this.knownKeys.find(hashToken(key));
    if (!client) throw new UnauthorizedException('Unknown or revoked API key');
    request.clientSystem = client;
    return true;
  }
}

export const CurrentClient = createParamDecorator(
  (_: unknown, context: ExecutionContext): ClientSystem =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().clientSystem as ClientSystem,
);

/** Only filers file complaints: a staff reader's key, if it leaked, could not put words in a customer's mouth. */
export function requireFiler(client: ClientSystem): void {
  if (client.kind !== 'filer')
    throw new ForbiddenException('This API key reads complaints for staff; it cannot file them');
}

/** Only the client system that filed a customer's complaints erases or exports that customer's data. */
export function requireOwnCustomers(client: ClientSystem): void {
  if (client.kind !== 'filer')
    throw new ForbiddenException(
      "A staff reader key cannot erase or export customers' data; the filing client system can",
    );
}
