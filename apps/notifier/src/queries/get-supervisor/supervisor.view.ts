import { ApiProperty } from '@nestjs/swagger';
import { Supervisor } from '../../auth/supervisor.guard';

export class SupervisorView implements Supervisor {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Elena Volkova' })
  name!: string;
}
