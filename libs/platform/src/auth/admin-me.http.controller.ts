import { CanActivate, Controller, Get, Req, Type, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ErrorDoc, ErrorStatus } from '../http/api-docs/api-errors.decorator';
import { Admin } from './admin-token-records';

export class AdminView implements Admin {
  @ApiProperty({ format: 'uuid', example: '5a4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a' })
  id!: string;

  @ApiProperty({ description: 'As `npm run admin:create` named it', example: 'ops-anna' })
  name!: string;
}

export interface AdminMeOptions {
  /** Whose admin tokens (`npm run admin:create -- <service> <name>`), as the description names it. */
  service: string;
  /** The service's AdminGuard: an AdminTokenGuard over its schema, which sets `request.admin`. */
  guard: Type<CanActivate>;
  /** The service's admin errors, as its other admin routes document them. */
  errors: Partial<Record<ErrorStatus, ErrorDoc>>;
}

/**
 * GET /admin/me for a service with admin tokens of its own: who the bearer token is, while it is not revoked. The
 * console signs an admin in with it. Every such service answers alike; only the guard (its schema) differs.
 */
export function adminMeController({ service, guard, errors }: AdminMeOptions): Type<unknown> {
  @ApiTags('admin')
  @ApiBearerAuth('admin')
  @ApiErrors(errors)
  @Controller('admin/me')
  @UseGuards(guard)
  class GetAdminHttpController {
    @Get()
    @ApiOperation({
      summary: 'Who an admin token is',
      description: `The ${service} admin the bearer token belongs to, while it is not revoked.`,
    })
    @ApiOkResponse({ type: AdminView, description: 'The admin behind the token' })
    me(@Req() request: { admin: Admin }): AdminView {
      return { id: request.admin.id, name: request.admin.name };
    }
  }
  return GetAdminHttpController;
}
