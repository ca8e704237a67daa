import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { PrincipalView } from './principal.view';

/** Who the token belongs to (an owner with department and level, or the admin): how the console signs people in. */
@ApiTags('owners')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('owners')
@UseGuards(EscalationPrincipalGuard)
export class GetPrincipalHttpController {
  @Get('me')
  @ApiOperation({ summary: 'Who am I', description: 'An owner with department and level, or the admin.' })
  @ApiOkResponse({ type: PrincipalView, description: 'The owner (or the admin) the token belongs to' })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
