import { ApiProperty } from '@nestjs/swagger';
import { ErasureReceipt } from './complaint-erasure.service';

/** What POST /customers/erasure answers: the erasure to follow, never whose it is. */
export class ErasureReceiptView implements ErasureReceipt {
  @ApiProperty({ format: 'uuid', example: '0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c' })
  id!: string;

  @ApiProperty({
    enum: ['in-progress', 'done'],
    example: 'in-progress',
    description: '`done` at once when no complaint matched',
  })
  status!: 'in-progress' | 'done';

  @ApiProperty({ example: 3, description: "This client system's complaints of the customer" })
  complaints!: number;
}
