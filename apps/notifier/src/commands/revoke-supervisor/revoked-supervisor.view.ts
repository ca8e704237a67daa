import { ApiProperty } from '@nestjs/swagger';
import { RevokedSupervisor } from './revoke-supervisor';

export class RevokedSupervisorView implements RevokedSupervisor {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Elena Volkova' })
  name!: string;

  @ApiProperty({ example: '2026-11-23T10:15:00.000Z', description: 'The first revocation' })
  revokedAt!: string;
}
