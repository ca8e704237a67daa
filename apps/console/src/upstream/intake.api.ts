import type { ComplaintMatch, ComplaintView } from '@redress/http-api';
import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings } from '../config/console.settings';
import { SignedInUser } from '../session/session';
import { Page } from './page';
import { Upstream, UpstreamError } from './upstream';

/** A file attached to a complaint, as intake's staff routes list it (`GET /staff/complaints/:id/attachments`). */
export interface StaffAttachment {
  id: string;
  contentType: 'image/jpeg' | 'image/png' | 'application/pdf';
  sizeBytes: number;
  sha256: string;
  addedAt: string;
}

/**
 * Complaints as filed, read with the console's staff-reader key: intake knows client systems, not staff, so the
 * console vouches for the person, who is signed in with a token another service accepted.
 */
@Injectable()
export class IntakeApi {
  constructor(
    private readonly upstream: Upstream,
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings,
  ) {}

  complaint(id: string, correlationId: string): Promise<ComplaintView> {
    return this.upstream.json('intake', `/complaints/${encodeURIComponent(id)}`, {
      apiKey: this.settings.intakeApiKey,
      correlationId,
    });
  }

  /**
   * The number to call a customer back on: escalation keeps none (ADR 0009), intake has the complaint as filed. Null
   * when the complaint gave none or its customer was erased.
   */
  async callbackPhone(complaintId: string, correlationId: string): Promise<string | null> {
    const { customer } = await this.complaint(complaintId, correlationId);
    const phone = customer && typeof customer === 'object' ? (customer as { phone?: unknown }).phone : undefined;
    return typeof phone === 'string' ? phone : null;
  }

  /**
   * Complaints matching the filters, asked with the person's own token: intake decides what they may search (members
   * everything, owners their department's) and refuses the rest with a 4xx naming the field.
   */
  search(user: SignedInUser, filters: Record<string, string>, correlationId: string): Promise<Page<ComplaintMatch>> {
    return this.upstream.json('intake', `/staff/complaints?${new URLSearchParams(filters).toString()}`, {
      token: user.token,
      correlationId,
    });
  }

  /**
   * The complaint's attachments as this person may see them, asked with their own token (intake decides: committee
   * members see every complaint's, owners those assigned to their department); null when they may not.
   */
  async attachments(user: SignedInUser, id: string, correlationId: string): Promise<StaffAttachment[] | null> {
    try {
      const list = await this.upstream.json<{ items: StaffAttachment[] }>('intake', staffPath(id), {
        token: user.token,
        correlationId,
      });
      return list.items;
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 404) return null;
      throw error;
    }
  }

  /** One attachment's bytes, as intake streams them, for the console to pass on without holding the file. */
  attachment(user: SignedInUser, id: string, attachmentId: string, correlationId: string): Promise<Response> {
    return this.upstream.stream('intake', `${staffPath(id)}/${encodeURIComponent(attachmentId)}`, {
      token: user.token,
      correlationId,
    });
  }
}

const staffPath = (id: string) => `/staff/complaints/${encodeURIComponent(id)}/attachments`;
