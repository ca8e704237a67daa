import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Admin, ApiErrors } from '@redress/platform';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../notifier.api-docs';

export class NotifierAdminView implements Admin {
  @ApiProperty({ format: 'uuid', example: '5a4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a' })
  id!: string;

  @ApiProperty({ description: 'As `npm run admin:create` named it', example: 'people-anna' })
  name!: string;
}

/** Who a notifier admin token belongs to: how the console signs a notifier admin in (the people pages). */
@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
@Controller('admin/me')
@UseGuards(AdminGuard)
export class GetNotifierAdminHttpController {
  @Get()
  @ApiOperation({
    summary: 'Who an admin token is',
    description: 'The notifier admin the bearer token belongs to, while it is not revoked.',
  })
  @ApiOkResponse({ type: NotifierAdminView, description: 'The admin behind the token' })
  me(@Req() request: { admin: Admin }): Admin {
    return { id: request.admin.id, name: request.admin.name };
  }
}
