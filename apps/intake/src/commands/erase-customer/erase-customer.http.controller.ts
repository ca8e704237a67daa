import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireOwnCustomers } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { customerSelector } from '../../persistence/customer-complaints';
import { ErasureReceipt } from './complaint-erasure';
import { CustomerSelectorRequest } from './customer-selector.request.dto';
import { EraseCustomerService } from './erase-customer.service';

@ApiTags('customers')
@ApiSecurity('api-key')
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class EraseCustomerHttpController {
  constructor(private readonly eraseCustomer: EraseCustomerService) {}

  /** Erases a customer's personal data from this client system's complaints, in every service; follow it at `Location`. */
  @Post('erasure')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '`{ id, status, complaints }`; `Location` names the erasure to follow' })
  @ApiBadRequestResponse({ description: 'Not exactly one of phone, email, externalRef, or one of them malformed' })
  @ApiUnauthorizedResponse({ description: 'No or unknown X-Api-Key' })
  @ApiForbiddenResponse({ description: 'A staff reader key: only the client system that filed complaints erases them' })
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
