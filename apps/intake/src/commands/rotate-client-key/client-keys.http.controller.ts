import { Controller, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { ADMIN_ERRORS } from '../../intake.api-docs';
import { revokeRetiredKey, RevokedKey, rotateClientKey, RotatedKey } from '../../persistence/client-key.store';
import { RevokedKeyView, RotatedKeyView } from './client-key.view';

const KEY_PREFIX = /^rk_[A-Za-z0-9_-]{8}$/;

@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
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
  @ApiOperation({
    summary: "Rotate a client system's key",
    description: 'A new key, shown only in this answer; the previous key keeps working for API_KEY_OVERLAP.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The client system',
    example: '8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6',
  })
  @ApiOkResponse({
    type: RotatedKeyView,
    description: 'The new key (shown this once) and until when the old one still works',
  })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: 'No such unrevoked client system',
  })
  async rotate(@Param('id', ParseUUIDPipe) id: string): Promise<RotatedKey> {
    const rotated = await rotateClientKey(this.dataSource, id, this.settings.apiKeyOverlapMs);
    if (!rotated) throw new NotFoundException('No such unrevoked client system');
    return rotated;
  }

  /** Ends a rotated-out key before its overlap does; every replica refuses it within a second. */
  @Post('client-keys/:prefix/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a rotated-out key',
    description: 'Ends a rotated-out key before its overlap does; every replica refuses it within a second.',
  })
  @ApiParam({
    name: 'prefix',
    description: 'The first characters of the key, as `GET /admin/client-systems` lists them',
    schema: { type: 'string', pattern: '^rk_[A-Za-z0-9_-]{8}$', example: 'rk_Zx3kP9aQ' },
  })
  @ApiOkResponse({ type: RevokedKeyView, description: 'The key, revoked' })
  @ApiErrors({
    400: {
      description: '`prefix` is not `rk_` and 8 more characters',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'prefix', reason: 'must be "rk_" and 8 more characters of a key' }],
      },
    },
    404: {
      description: 'No rotated-out key with this prefix',
      message: 'No rotated-out key with this prefix (a current key goes by rotating it or revoking its client system)',
    },
  })
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
