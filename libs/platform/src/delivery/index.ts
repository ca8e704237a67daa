export * from './delivery.settings';
export * from './endpoint-health.store';
export * from './endpoint-health.migration';
export * from './endpoint-traffic';
