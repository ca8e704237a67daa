import { ApiProperty } from '@nestjs/swagger';
import { RevokedSupervisor } from './revoke-supervisor.service';

export class RevokedSupervisorView implements RevokedSupervisor {
  @ApiProperty({ example: '4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Elena Volkova' })
  name!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z', description: 'The first revocation' })
  revokedAt!: string;
}
