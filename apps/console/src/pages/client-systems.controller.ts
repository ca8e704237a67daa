import type { ClientSystem, RotatedClientKey } from '@redress/http-api';
import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { ClientSystemsApi } from '../upstream/client-systems.api';

const KEY_PREFIX = /^rk_[A-Za-z0-9_-]{8}$/;

/**
 * Client systems and their keys, for intake admins: rotate a key (the new one is shown once, on the answer to the
 * rotation, never again), end a rotated-out key early, revoke a whole system. Intake checks the admin token on each.
 */
@Controller()
@ForRoles('admin')
export class ClientSystemsController {
  constructor(
    private readonly pages: Pages,
    private readonly clientSystems: ClientSystemsApi,
  ) {}

  @Get('client-systems')
  list(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser) {
    return this.render(request, reply, user);
  }

  /** Answered with the page itself, not a redirect: the new key must not travel in a URL or be shown twice. */
  @Post('client-systems/:id/rotate')
  async rotate(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    const rotated = await this.clientSystems.rotate(user, id, request.id);
    return this.render(request, reply, user, rotated);
  }

  @Post('client-systems/:id/revoke')
  async revokeSystem(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.clientSystems.revokeSystem(user, id, request.id);
    return reply.redirect('/client-systems?done=systemRevoked', 303);
  }

  @Post('client-keys/:prefix/revoke')
  async revokeKey(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('prefix') prefix: string,
  ) {
    if (!KEY_PREFIX.test(prefix)) throw new NotFoundException();
    await this.clientSystems.revokeKey(user, prefix, request.id);
    return reply.redirect('/client-systems?done=keyRevoked', 303);
  }

  private async render(request: ConsoleRequest, reply: ConsoleReply, user: SignedInUser, rotated?: RotatedClientKey) {
    const t = translator(request.language);
    const systems = await this.clientSystems.list(user);
    return this.pages.render(request, reply, 'client-systems', t('clientSystems.title'), {
      rotated,
      systems: systems.map((system: ClientSystem) => ({
        ...system,
        kindText: t(system.kind === 'staff-reader' ? 'clientSystems.staffReader' : 'clientSystems.filer'),
        keys: system.keys.map((key) => ({ ...key, retired: !key.current && !key.revokedAt && key.keyPrefix })),
      })),
    });
  }
}
