import { ApiProperty } from '@nestjs/swagger';
import { ClientKeyListing } from '../../persistence/client-key.store';

type KeyListing = ClientKeyListing['keys'][number];

export class ClientKeyView implements KeyListing {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'rk_Zx3kP9aQ',
    description: 'Null for keys made before prefixes',
  })
  keyPrefix!: string | null;

  @ApiProperty({ example: true, description: 'The current key, rather than a rotated-out one in its overlap' })
  current!: boolean;

  @ApiProperty({ format: 'date-time', type: String, nullable: true, example: '2026-11-23T10:15:00.000Z' })
  lastUsedAt!: string | null;

  @ApiProperty({
    example: '2026-11-30T09:00:00.000Z',
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When a rotated-out key stops working',
  })
  expiresAt!: string | null;

  @ApiProperty({ example: '2026-11-29T09:00:00.000Z', format: 'date-time', type: String, nullable: true })
  revokedAt!: string | null;
}

export class ClientSystemView implements ClientKeyListing {
  @ApiProperty({ example: '8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo-crm' })
  name!: string;

  @ApiProperty({ enum: ['filer', 'staff-reader'], description: 'A staff reader reads every complaint and files none' })
  kind!: 'filer' | 'staff-reader';

  @ApiProperty({ format: 'date-time', example: '2026-11-01T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-29T09:00:00.000Z', format: 'date-time', type: String, nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ type: [ClientKeyView], description: 'Its working keys; never a key itself' })
  keys!: ClientKeyView[];
}

export class ClientSystemListView {
  @ApiProperty({ type: [ClientSystemView], description: 'Newest first' })
  items!: ClientSystemView[];
}
