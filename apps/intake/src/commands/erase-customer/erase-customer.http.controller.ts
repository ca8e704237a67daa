import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { FastifyReply } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireOwnCustomers } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS, CUSTOMER_SELECTOR_ERRORS } from '../../intake.api-docs';
import { customerSelector } from '../../persistence/customer-complaints';
import { ErasureReceipt } from './complaint-erasure.service';
import { CustomerSelectorRequest } from './customer-selector.request.dto';
import { EraseCustomerService } from './erase-customer.service';
import { ErasureReceiptView } from './erasure.view';

@ApiTags('customers')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class EraseCustomerHttpController {
  constructor(private readonly eraseCustomer: EraseCustomerService) {}

  /** Erases a customer's personal data from this client system's complaints, in every service; follow it at `Location`. */
  @Post('erasure')
  @HttpCode(202)
  @ApiOperation({
    summary: "Erase a customer's personal data",
    description:
      "Erases one customer's personal data from this client system's complaints in every service: the complaints, " +
      'their timelines and statistics stay, anonymous. Asking again for the same customer is harmless.',
  })
  @ApiAcceptedResponse({
    type: ErasureReceiptView,
    description: 'The erasure, under way; `Location` names it for GET /customers/erasure/:id',
    headers: {
      Location: {
        description: 'Where to follow the erasure',
        schema: { type: 'string', example: '/customers/erasure/0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c' },
      },
    },
  })
  @ApiErrors(CUSTOMER_SELECTOR_ERRORS)
  async erase(
    @CurrentClient() client: ClientSystem,
    @Body() body: CustomerSelectorRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ErasureReceipt> {
    requireOwnCustomers(client);
    const receipt = await this.eraseCustomer.execute(client, customerSelector(body));
    reply.header('Location', `/customers/erasure/${receipt.id}`);
    return receipt;
  }
}
