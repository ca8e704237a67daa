import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Admin, ApiErrors } from '@redress/platform';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../intake.api-docs';

export class AdminView implements Admin {
  @ApiProperty({ format: 'uuid', example: '5a4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a' })
  id!: string;

  @ApiProperty({ description: 'As `npm run admin:create` named it', example: 'ops-anna' })
  name!: string;
}

/** Who an intake admin token belongs to: how the console signs an admin in. */
@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
@Controller('admin/me')
@UseGuards(AdminGuard)
export class GetAdminHttpController {
  @Get()
  @ApiOperation({
    summary: 'Who an admin token is',
    description: 'The intake admin the bearer token belongs to, while it is not revoked.',
  })
  @ApiOkResponse({ type: AdminView, description: 'The admin behind the token' })
  me(@Req() request: { admin: Admin }): Admin {
    return { id: request.admin.id, name: request.admin.name };
  }
}
