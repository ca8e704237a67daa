import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { IntakeApi } from '../upstream/intake.api';
import { NotifierApi } from '../upstream/notifier.api';
import { UpstreamError } from '../upstream/upstream';

/** A complaint as filed, with its timeline, for anyone signed in; a supervisor also sees the messages sent. */
@Controller('complaints')
@ForRoles('member', 'owner', 'supervisor')
export class ComplaintController {
  constructor(
    private readonly pages: Pages,
    private readonly intake: IntakeApi,
    private readonly notifier: NotifierApi,
  ) {}

  @Get(':id')
  async show(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    const t = translator(request.language);
    const [complaint, notifications, attachments] = await Promise.all([
      this.intake.complaint(id, request.id),
      user.role === 'supervisor' ? this.notifier.notifications(user, id) : null,
      // Photos and receipts are evidence for those who decide and act on the cause; intake decides who that is.
      user.role === 'supervisor' ? null : this.intake.attachments(user, id, request.id).catch(unavailable),
    ]);
    return this.pages.render(
      request,
      reply,
      'complaint',
      t('complaint.title', { ref: complaint.externalRef ?? complaint.id.slice(0, 8) }),
      {
        complaint,
        // Contact details stay with the client system: staff act on causes and compensation, not on phone numbers.
        addressedAs: addressOf(complaint.customer),
        statusText: t(`status.${complaint.status}` as 'status.open'),
        showRootCause: user.role === 'member' && complaint.rootCauseId,
        notifications: notifications?.items ?? null,
        showAttachments: attachments !== null,
        attachmentsUnavailable: attachments === UNAVAILABLE,
        attachments:
          attachments === UNAVAILABLE
            ? []
            : attachments?.map((attachment) => ({ ...attachment, kind: attachment.contentType.split('/')[1] })),
      },
    );
  }

  /**
   * An attachment, passed on from intake as it arrives (the console never holds the file), under the person's own
   * token: someone intake does not let see it gets the not-found page.
   */
  @Get(':id/attachments/:attachmentId')
  @ForRoles('member', 'owner')
  async attachment(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Param('attachmentId', PageId) attachmentId: string,
  ) {
    const file = await this.intake.attachment(user, id, attachmentId, request.id);
    for (const header of ['content-type', 'content-length', 'content-disposition']) {
      const value = file.headers.get(header);
      if (value) void reply.header(header, value);
    }
    // Never shown in the console's own origin as a page: a PDF or picture is saved, not rendered or sniffed.
    void reply.header('x-content-type-options', 'nosniff');
    return reply.send(Readable.fromWeb(file.body as ReadableStream<Uint8Array>));
  }
}

/** The attachments could not be listed: intake, or the service it asks who the person is, did not answer. */
const UNAVAILABLE = 'unavailable';

/** The rest of the page does not depend on the attachments: a service that is away costs only their list. */
function unavailable(error: unknown): typeof UNAVAILABLE {
  if (error instanceof UpstreamError && (error.status === 0 || error.status >= 500)) return UNAVAILABLE;
  throw error;
}

/** The customer as filed (intake keeps it as the client sent it): how to address them, nothing to contact them by. */
function addressOf(customer: unknown): string {
  const { formOfAddress, name } = (customer ?? {}) as { formOfAddress?: string; name?: string };
  return formOfAddress ?? name ?? '';
}
