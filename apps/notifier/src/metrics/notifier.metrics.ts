import { Counter, Gauge } from 'prom-client';

/** Counted after the transaction that records them commits, so a rolled-back attempt is not counted. */
export const notificationsDelivered = new Counter({
  name: 'redress_notifications_total',
  help: 'Delivery attempts by channel and result: sent, failed (after the last attempt) or retried',
  labelNames: ['channel', 'result'] as const,
});

export const notificationsGivenUp = new Counter({
  name: 'redress_notifications_given_up_total',
  help: 'Messages failed for good, by channel and reason: age (retried for DELIVERY_GIVE_UP_AFTER), attempts (DELIVERY_MAX_ATTEMPTS) or refused (a destination refused by policy)',
  labelNames: ['channel', 'reason'] as const,
});

export const compensationsSettled = new Counter({
  name: 'redress_compensations_total',
  help: 'Compensations settled by outcome: granted, review (a person decides) or none',
  labelNames: ['status'] as const,
});

export const compensationGranted = new Counter({
  name: 'redress_compensation_granted_minor_units_total',
  help: 'Amount granted at once, in minor units of the currency',
  labelNames: ['currency'] as const,
});

export const playbooksApplied = new Counter({
  name: 'redress_playbooks_applied_total',
  help: 'Complaints handled at once by a force-majeure playbook',
  labelNames: ['playbook'] as const,
});

export const circuitsOpen = new Gauge({
  name: 'redress_delivery_circuits_open',
  help: 'Endpoints (SMTP server, SMS gateway, webhook hosts) no replica sends to, their shared circuit breaker being open',
});

export const deliveryClaims = new Counter({
  name: 'redress_delivery_claims_total',
  help: 'Claims of due notifications, one statement each: on the poll, on new work and as sends end; far more than the poll would make means the worker spins',
});
