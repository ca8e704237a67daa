import { ApiProperty } from '@nestjs/swagger';
import { CustomerSelectorRequest } from '../../commands/erase-customer/customer-selector.request.dto';
import { ComplaintView } from '../get-complaint/complaint.view';

/** What GET /customers/export answers: everything held on one customer of the calling client system. */
export class CustomerExportView {
  @ApiProperty({ format: 'date-time', example: '2026-12-06T10:00:00.000Z' })
  exportedAt!: string;

  @ApiProperty({ type: CustomerSelectorRequest, description: 'The customer, as the request named them' })
  customer!: CustomerSelectorRequest;

  @ApiProperty({ type: [ComplaintView], description: 'Each complaint as GET /complaints/:id answers it' })
  complaints!: ComplaintView[];

  @ApiProperty({ example: false, description: 'More complaints matched than one export holds' })
  truncated!: boolean;
}
