import { ApiProperty } from '@nestjs/swagger';
import { RevokedClientSystem } from '../../persistence/client-systems';

export class RevokedClientSystemView implements RevokedClientSystem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo-crm' })
  name!: string;

  @ApiProperty({ example: '2026-11-23T10:15:00.000Z', description: 'The first revocation' })
  revokedAt!: string;
}
