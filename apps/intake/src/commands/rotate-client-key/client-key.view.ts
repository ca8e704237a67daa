import { ApiProperty } from '@nestjs/swagger';
import { RevokedKey, RotatedKey } from '../../persistence/client-key.store';

export class RotatedKeyView implements RotatedKey {
  @ApiProperty({ example: '8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo-crm' })
  name!: string;

  @ApiProperty({ example: 'rk_Zx3kP9aQ...', description: 'Shown only now; only its hash is stored' })
  apiKey!: string;

  @ApiProperty({ example: 'rk_Zx3kP9aQ' })
  keyPrefix!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    example: '2026-11-24T10:15:00.000Z',
    description: 'When the key it replaces stops working; null when there was none left to keep',
  })
  previousKeyExpiresAt!: string | null;
}

export class RevokedKeyView implements RevokedKey {
  @ApiProperty({ example: 'rk_Zx3kP9aQ' })
  keyPrefix!: string;

  @ApiProperty({ example: 'demo-crm', description: 'The client system the key belonged to' })
  clientSystem!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  revokedAt!: string;
}
