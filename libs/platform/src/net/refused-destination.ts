/**
 * A destination the services must not call: not http(s), or a host that is or resolves to a non-public address.
 * Permanent: the same URL is refused again on every attempt, so a sender should not retry it. The message names the
 * address and why, never the URL's path or query, which may carry a client's tokens.
 */
export class RefusedDestination extends Error {
  constructor(readonly reason: string) {
    super(`refused destination: ${reason}`);
    this.name = 'RefusedDestination';
  }
}
