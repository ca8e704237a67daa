import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { uuidParam } from '../../http/request-helpers';
import { CallbackContact, GetCallbackContactQuery } from './get-callback-contact.query';

@Controller('follow-ups')
@UseGuards(EscalationPrincipalGuard)
export class GetCallbackContactHttpController {
  constructor(private readonly contact: GetCallbackContactQuery) {}

  /**
   * The customer's clock for a callback and whether it is still open: only to an owner of the department that owes
   * it (the admin token gets 403), and every answer for an open callback is written to the audit log, since the
   * console then shows that owner the number (which it reads from intake). 404 for another department's follow-up.
   */
  @Get(':id/contact')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<CallbackContact> {
    const contact = await this.contact.execute(requireOwner(principal), id);
    if (!contact) throw new NotFoundException(`Your department has no follow-up ${id}`);
    return contact;
  }
}
