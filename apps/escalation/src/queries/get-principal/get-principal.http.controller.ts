import { Controller, Get, UseGuards } from '@nestjs/common';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';

/** Who the token belongs to (an owner with department and level, or the admin): how the console signs people in. */
@Controller('owners')
@UseGuards(EscalationPrincipalGuard)
export class GetPrincipalHttpController {
  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
