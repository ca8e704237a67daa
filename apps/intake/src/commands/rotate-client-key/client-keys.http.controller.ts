import { Controller, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { revokeRetiredKey, RevokedKey, rotateClientKey, RotatedKey } from '../../persistence/client-keys';

const KEY_PREFIX = /^rk_[A-Za-z0-9_-]{8}$/;

@ApiTags('admin')
@Controller('admin')
@UseGuards(AdminGuard)
export class ClientKeysHttpController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  /** A new key, shown only in this answer; the previous key keeps working for API_KEY_OVERLAP. */
  @Post('client-systems/:id/rotate')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ id, name, apiKey, keyPrefix, previousKeyExpiresAt }`' })
  @ApiUnauthorizedResponse({ description: 'No, unknown or revoked intake admin token (Authorization: Bearer)' })
  @ApiNotFoundResponse({ description: 'No such unrevoked client system' })
  async rotate(@Param('id', ParseUUIDPipe) id: string): Promise<RotatedKey> {
    const rotated = await rotateClientKey(this.dataSource, id, this.settings.apiKeyOverlapMs);
    if (!rotated) throw new NotFoundException('No such unrevoked client system');
    return rotated;
  }

  /** Ends a rotated-out key before its overlap does; every replica refuses it within a second. */
  @Post('client-keys/:prefix/revoke')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ keyPrefix, clientSystem, revokedAt }`' })
  @ApiNotFoundResponse({ description: 'No rotated-out key with this prefix' })
  async revoke(@Param('prefix') prefix: string): Promise<RevokedKey> {
    if (!KEY_PREFIX.test(prefix))
      throw new InvalidRequestException([{ field: 'prefix', reason: 'must be "rk_" and 8 more characters of a key' }]);
    const revoked = await revokeRetiredKey(this.dataSource, prefix);
    if (!revoked)
      throw new NotFoundException(
        'No rotated-out key with this prefix (a current key goes by rotating it or revoking its client system)',
      );
    return revoked;
  }
}
