import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Admin } from './admin-token-records';
import { bearerToken } from './bearer-token';
import { hashToken } from './tokens';

type AdminRequest = { headers: Record<string, string | string[] | undefined>; admin?: Admin };

/**
 * Lets a request through only with an unrevoked admin token of the service's schema. Admin routes are rare, so the
 * token is looked up every time: a revoked admin is refused at once, with no cache to expire.
 */
export abstract class AdminTokenGuard implements CanActivate {
  protected constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const [admin]: Admin[] = await this.dataSource.query(
      `SELECT id, name FROM "${this.schema}".admin_tokens WHERE token_hash = $1 AND revoked_at IS NULL`,
      [hashToken(bearerToken(request.headers))],
    );
    if (!admin) throw new UnauthorizedException('Unknown or revoked admin token');
    request.admin = admin;
    return true;
  }
}
