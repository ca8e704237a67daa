import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireOwnCustomers } from '../../auth/client-system.guard';
import { CustomerSelectorRequest } from '../../commands/erase-customer/customer-selector.request.dto';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { customerSelector } from '../../persistence/customer-complaints';
import { CustomerExport, ExportCustomerQuery } from './export-customer.query';

@ApiTags('customers')
@ApiSecurity('api-key')
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ExportCustomerHttpController {
  constructor(private readonly exportCustomer: ExportCustomerQuery) {}

  /** Everything Redress holds on one customer of this client system, for a subject-access request. */
  @Get('export')
  @ApiOkResponse({
    description: '`{ exportedAt, customer, complaints, truncated }`, each complaint as GET /complaints/:id',
  })
  @ApiBadRequestResponse({ description: 'Not exactly one of phone, email, externalRef, or one of them malformed' })
  @ApiForbiddenResponse({ description: 'A staff reader key' })
  export(@CurrentClient() client: ClientSystem, @Query() query: CustomerSelectorRequest): Promise<CustomerExport> {
    requireOwnCustomers(client);
    return this.exportCustomer.execute(client, customerSelector(query));
  }
}
