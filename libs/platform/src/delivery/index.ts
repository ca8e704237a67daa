export * from './circuit-breaker';
export * from './endpoint-traffic';
