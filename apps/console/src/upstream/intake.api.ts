import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings } from '../config/console.settings';
import type { ComplaintView } from '../../../intake/src/queries/get-complaint/complaint.view';
import { Upstream } from './upstream';

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
}
