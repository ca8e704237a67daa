import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Who a token belongs to: an owner with department and level, or the admin (kind alone). */
export class PrincipalView {
  @ApiProperty({ enum: ['owner', 'admin'], example: 'owner' })
  kind!: 'owner' | 'admin';

  @ApiPropertyOptional({ example: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d', format: 'uuid', description: 'Owners only' })
  id?: string;

  @ApiPropertyOptional({ example: 'Oleg Smirnov', description: 'Owners only' })
  name?: string;

  @ApiPropertyOptional({ example: 'logistics', description: 'Owners only' })
  department?: string;

  @ApiPropertyOptional({ example: 1, description: 'Owners only' })
  level?: number;
}
