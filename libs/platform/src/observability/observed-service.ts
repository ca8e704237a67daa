/** The running service's settings, as the observability providers see them. */
export const OBSERVED_SERVICE = Symbol('OBSERVED_SERVICE');
