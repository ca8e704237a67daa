import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireOwnCustomers } from '../../auth/client-system.guard';
import { CustomerSelectorRequest } from '../../commands/erase-customer/customer-selector.request.dto';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS, CUSTOMER_SELECTOR_ERRORS } from '../../intake.api-docs';
import { CustomerExportView } from './customer-export.view';
import { customerSelector } from '../../persistence/customer-complaints';
import { CustomerExport, ExportCustomerQuery } from './export-customer.query';

@ApiTags('customers')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('customers')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ExportCustomerHttpController {
  constructor(private readonly exportCustomer: ExportCustomerQuery) {}

  /** Everything Redress holds on one customer of this client system, for a subject-access request. */
  @Get('export')
  @ApiOperation({
    summary: "Export a customer's data",
    description:
      'Everything Redress holds on one customer of this client system, for a subject-access request: each complaint ' +
      'with what every service did about it. The audit trail notes the export, not whose it was.',
  })
  @ApiOkResponse({ type: CustomerExportView, description: "The customer's complaints, each as GET /complaints/:id" })
  @ApiErrors(CUSTOMER_SELECTOR_ERRORS)
  export(@CurrentClient() client: ClientSystem, @Query() query: CustomerSelectorRequest): Promise<CustomerExport> {
    requireOwnCustomers(client);
    return this.exportCustomer.execute(client, customerSelector(query));
  }
}
