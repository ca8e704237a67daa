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
   * The phone number and the customer's clock for a callback: only to an owner of the department that owes it (the
   * admin token gets 403), and every answer that shows a number is written to the audit log. 404 for another
   * department's follow-up.
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
