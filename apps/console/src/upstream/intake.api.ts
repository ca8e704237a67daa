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
}
