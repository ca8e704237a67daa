import { Counter, Gauge } from 'prom-client';

export const webhookAttempts = new Counter({
  name: 'redress_webhook_attempts_total',
  help: 'Subscription delivery attempts by result: delivered, retried, or given up (after DELIVERY_GIVE_UP_AFTER)',
  labelNames: ['result'] as const,
});

export const webhookCircuitsOpen = new Gauge({
  name: 'redress_webhook_circuits_open',
  help: 'Subscriptions no intake replica sends to, their endpoint having failed DELIVERY_BREAKER_FAILURES times in a row (circuits shared by the replicas)',
});
