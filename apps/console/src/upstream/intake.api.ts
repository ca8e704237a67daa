import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings } from '../config/console.settings';
import { Upstream } from './upstream';

export interface Complaint {
  id: string;
  externalRef: string | null;
  status: string;
  receivedAt: string;
  customer: { formOfAddress?: string; name?: string; preferredChannel?: string; timezone?: string };
  touchpoint: string;
  order: { ref?: string; amount: string; currency: string } | null;
  text: string;
  dissatisfaction: string;
  remedy: { type: string; amount?: string } | null;
  rootCauseId: string | null;
  assignment: { department: string; level: number } | null;
  compensation: { amount: string; currency: string; requested: string | null; status: string } | null;
  timeline: { type: string; at: string; summary: string }[];
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

  complaint(id: string, correlationId: string): Promise<Complaint> {
    return this.upstream.json('intake', `/complaints/${encodeURIComponent(id)}`, { apiKey: this.settings.intakeApiKey, correlationId });
  }
}
