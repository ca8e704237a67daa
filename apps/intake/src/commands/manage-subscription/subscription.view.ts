import { SubscriptionKind } from '../../domain/webhook-event';
import { SubscriptionRow } from '../../persistence/subscriptions';

export interface SubscriptionView {
  url: string;
  kinds: SubscriptionKind[];
  createdAt: string;
  updatedAt: string;
  /** While a rotation overlaps: when the previous secret stops signing. */
  previousSecretExpiresAt: string | null;
  /** Only in the answer that created the subscription or rotated its secret: it is never shown again. */
  signingSecret?: string;
}

export function subscriptionView(row: SubscriptionRow, signingSecret?: string): SubscriptionView {
  const overlapping = row.previous_expires_at && row.previous_expires_at.getTime() > Date.now();
  return {
    url: row.url,
    kinds: row.kinds,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    previousSecretExpiresAt: overlapping ? row.previous_expires_at!.toISOString() : null,
    ...(signingSecret ? { signingSecret } : {}),
  };
}
