/** A committee member (triage's roster) or an owner on a department's chain (escalation's directory). */
export type StaffPerson =
  | { role: 'member'; id: string; name: string; department: string; chair: boolean }
  | { role: 'owner'; id: string; name: string; department: string; level: number };

export interface StaffDirectoryUrls {
  triageUrl: string;
  escalationUrl: string;
}

/** The service did not answer, or answered with something other than yes or no: not the person's fault. */
export class StaffDirectoryUnavailable extends Error {}

/** How long a request waits for triage or escalation before giving up. */
const TIMEOUT_MS = 5_000;

/**
 * Asks the service that issued a person's bearer token who it belongs to, through that service's public route
 * (`GET /committee/me` on triage, `GET /owners/me` on escalation): people and their departments live there only,
 * so a token revoked there is refused here at once. The token's prefix says which service issued it.
 */
export class StaffDirectory {
  constructor(private readonly urls: StaffDirectoryUrls) {}

  /** The person, or null for a token no service knows (or of a kind that is not staff). */
  async identify(token: string): Promise<StaffPerson | null> {
    if (token.startsWith('rm_')) {
      const member = await this.ask<{ id: string; name: string; department: string; chair: boolean }>(
        `${this.urls.triageUrl}/committee/me`,
        token,
      );
      return member && { role: 'member', ...pick(member, ['id', 'name', 'department', 'chair']) };
    }
    if (token.startsWith('ro_')) {
      const owner = await this.ask<{ kind: string; id: string; name: string; department: string; level: number }>(
        `${this.urls.escalationUrl}/owners/me`,
        token,
      );
      return owner?.kind === 'owner' ? { role: 'owner', ...pick(owner, ['id', 'name', 'department', 'level']) } : null;
    }
    return null;
  }

  private async ask<T>(url: string, token: string): Promise<T | null> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new StaffDirectoryUnavailable(`${url} did not answer: ${(error as Error).message}`);
    }
    if (response.status === 401 || response.status === 403) return null;
    if (!response.ok) throw new StaffDirectoryUnavailable(`${url} answered ${response.status}`);
    return (await response.json()) as T;
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
