import { Inject, Injectable } from '@nestjs/common';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { OutgoingMessage } from './delivery-channel';

/** A complaint's customer as intake holds them, asked for just before a message is sent (ADR 0009). */
export interface CustomerContact {
  name: string;
  formOfAddress?: string;
  phone: string;
  email?: string;
  reference: string;
}

/**
 * Intake did not answer, or answered that it cannot now (5xx other than the callback's 502, a timeout, a refused
 * connection): nobody's fault, nothing to count. The delivery worker puts the message back without an attempt, so an
 * intake outage delays messages and neither fails nor loses one.
 */
export class IntakeUnavailable extends Error {
  override name = 'IntakeUnavailable';
}

/** The customer was erased (410) or the complaint is unknown to intake (404): nothing more is to be sent. */
export class CustomerGone extends Error {
  override name = 'CustomerGone';
  readonly permanent = true;
}

/** How long one call to intake waits: a contact lookup is a read; a webhook waits for the client's endpoint. */
const CONTACT_TIMEOUT_MS = 5_000;

/**
 * The notifier's calls to intake's internal routes, with INTAKE_SERVICE_TOKEN: a complaint's contact details, and
 * the customer's webhooks, which intake signs with the filing client system's own secret. INTAKE_URL is the
 * operator's setting, not a client's: these calls do not go through the SSRF guard (docs/outbound-calls.md).
 */
@Injectable()
export class IntakeClient {
  constructor(@Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings) {}

  async contactOf(complaintId: string): Promise<CustomerContact> {
    const response = await this.call(
      `/internal/complaints/${complaintId}/contact`,
      { method: 'GET' },
      CONTACT_TIMEOUT_MS,
    );
    if (response.status === 404 || response.status === 410) throw new CustomerGone('customer data erased');
    if (!response.ok) throw new IntakeUnavailable(`intake answered ${response.status} for the contact details`);
    return (await response.json()) as CustomerContact;
  }

  /**
   * The customers of several complaints in one call; a complaint missing from the map was erased (or is unknown to
   * intake): nothing more is to be sent to its customer.
   */
  async contactsOf(complaintIds: string[]): Promise<Map<string, CustomerContact>> {
    const response = await this.call(
      '/internal/complaints/contacts',
      { method: 'POST', body: JSON.stringify({ complaintIds }), headers: { 'content-type': 'application/json' } },
      CONTACT_TIMEOUT_MS,
    );
    if (!response.ok) throw new IntakeUnavailable(`intake answered ${response.status} for the contact details`);
    const { contacts } = (await response.json()) as { contacts: (CustomerContact & { complaintId: string })[] };
    return new Map(contacts.map(({ complaintId, ...contact }) => [complaintId, contact]));
  }

  /**
   * Hands a webhook message to intake, which POSTs it to the complaint's callbackUrl signed with the client's secret.
   * A failing callback (502) is an ordinary failed attempt, retried with backoff; no callbackUrl or no client secret
   * (409) and a refused destination (422) cannot get better and fail the message at once.
   */
  async sendWebhook(message: OutgoingMessage, timeoutMs: number): Promise<void> {
    const body = JSON.stringify({
      messageId: message.notificationId,
      kind: message.kind,
      locale: message.locale,
      subject: message.subject,
      text: message.text,
    });
    const response = await this.call(
      `/internal/complaints/${message.complaintId}/customer-webhooks`,
      { method: 'POST', body, headers: { 'content-type': 'application/json' } },
      timeoutMs,
    );
    if (response.ok) return;
    const reason = await messageOf(response);
    if (response.status === 404 || response.status === 410) throw new CustomerGone('customer data erased');
    if (response.status === 502) throw new Error(reason);
    if (response.status === 409 || response.status === 422) throw Object.assign(new Error(reason), { permanent: true });
    throw new IntakeUnavailable(`intake answered ${response.status} for the webhook: ${reason}`);
  }

  private async call(path: string, init: RequestInit, timeoutMs: number): Promise<Response> {
    try {
      return await fetch(`${this.settings.intake.url}${path}`, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${this.settings.intake.serviceToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new IntakeUnavailable(`intake did not answer: ${(error as Error).message}`);
    }
  }
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  const message = typeof body?.message === 'string' ? body.message : `intake answered ${response.status}`;
  return message.slice(0, 500);
}
