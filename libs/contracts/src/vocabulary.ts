/**
 * The pure half of the contracts, for domain rules: the enumerations, the event names, money, a zone's clock, and the
 * envelope's types. It loads no validation, transformation or framework library (`.dependency-cruiser.cjs` checks
 * that), so a domain file that imports only this stays a pure function of its inputs.
 */
export * from './event-types';
export * from './events/vocabulary';
export * from './money';
export * from './zone-clock';
// Types only: erased at compile time, so the payload classes behind them are never loaded from here.
export type { EventEnvelope } from './envelope';
export type { EventData } from './event-payloads';
