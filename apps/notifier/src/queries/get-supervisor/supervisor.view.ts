import { ApiProperty } from '@nestjs/swagger';
import { Supervisor } from '../../auth/supervisor.guard';

export class SupervisorView implements Supervisor {
  @ApiProperty({ example: '4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Elena Volkova' })
  name!: string;
}
