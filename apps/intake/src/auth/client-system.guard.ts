import { CanActivate, createParamDecorator, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { hashToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ClientSystemKind } from '../persistence/client-systems';

export interface ClientSystem {
  id: string;
  name: string;
  kind: ClientSystemKind;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; clientSystem?: ClientSystem };

/** Known keys are remembered briefly: a client posting a burst is looked up once, not once per complaint. */
const CACHE_MS = 30_000;
const CACHE_ENTRIES = 1_000;

/** Lets a request through only with the `X-Api-Key` of a registered client system, which it then carries. */
@Injectable()
export class ClientSystemGuard implements CanActivate {
  private readonly known = new Map<string, { client: ClientSystem; until: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
      throw new UnauthorizedException('Send the client system API key in the X-Api-Key header');
    }
    const client = await this.lookUp(hashToken(key));
    if (!client) throw new UnauthorizedException('Unknown API key');
    request.clientSystem = client;
    return true;
  }

  private async lookUp(keyHash: string): Promise<ClientSystem | undefined> {
    const cached = this.known.get(keyHash);
    if (cached && cached.until > Date.now()) return cached.client;
    const [client]: ClientSystem[] = await this.dataSource.query(
      'SELECT id, name, kind FROM intake.client_systems WHERE api_key_hash = $1',
      [keyHash],
    );
    if (client) {
      if (this.known.size >= CACHE_ENTRIES) this.known.delete(this.known.keys().next().value as string);
      this.known.set(keyHash, { client, until: Date.now() + CACHE_MS });
    }
    return client;
  }
}

export const CurrentClient = createParamDecorator(
  (_: unknown, context: ExecutionContext): ClientSystem =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().clientSystem as ClientSystem,
);

/** Only filers file complaints: a staff reader's key, if it leaked, could not put words in a customer's mouth. */
export function requireFiler(client: ClientSystem): void {
  if (client.kind !== 'filer') throw new ForbiddenException('This API key reads complaints for staff; it cannot file them');
}
