import { ApiProperty } from '@nestjs/swagger';
import { RevokedClientSystem } from '../../persistence/client-system.store';

export class RevokedClientSystemView implements RevokedClientSystem {
  @ApiProperty({ example: '8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo-crm' })
  name!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z', description: 'The first revocation' })
  revokedAt!: string;
}
