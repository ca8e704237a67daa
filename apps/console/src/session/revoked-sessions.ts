import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How old the list a replica judges by may be: a sign-out on one replica holds on every other within this. */
export const REVOCATION_LAG_MS = 1_000;
/** Expired rows are deleted about this often, by whichever replica refreshes then. */
const PURGE_EVERY_MS = 60_000;

/**
 * Sessions signed out before their cookie expires, shared by every console replica through its Postgres schema.
 * Each replica keeps the whole list in memory (one row per sign-out in the last CONSOLE_SESSION_TTL: small) and
 * reloads it when a signed-in request finds it older than REVOCATION_LAG_MS, so a request costs no query but
 * once a second. Reloading the whole list, rather than what is new since the last load, cannot miss a row whose
 * insert committed late. If the database cannot be read, signed-in pages fail rather than trust an old list.
 */
@Injectable()
export class RevokedSessions {
  private revoked = new Set<string>();
  /** When the query behind `revoked` started (ms, monotonic); -Infinity before the first. */
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | null = null;
  /** Revoked here while a reload was under way, whose query may have missed them. */
  private revokedWhileLoading = new Set<string>();
  private purgedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly dataSource: DataSource) {}

  async revoke(sessionId: string, expiresAt: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO console.revoked_sessions (session_id, expires_at) VALUES ($1, $2) ON CONFLICT (session_id) DO NOTHING`,
      [sessionId, new Date(expiresAt)],
    );
    this.revoked.add(sessionId);
    if (this.loading) this.revokedWhileLoading.add(sessionId);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    if (performance.now() - this.loadedAt > REVOCATION_LAG_MS) await this.reload();
    return this.revoked.has(sessionId);
  }

  /** One reload at a time: requests arriving meanwhile wait for it rather than start their own. */
  private reload(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<void> {
    const startedAt = performance.now();
    if (startedAt - this.purgedAt > PURGE_EVERY_MS) {
      this.purgedAt = startedAt;
      await this.dataSource.query(`DELETE FROM console.revoked_sessions WHERE expires_at <= now()`);
    }
    const rows: { session_id: string }[] = await this.dataSource.query(
      `SELECT session_id FROM console.revoked_sessions WHERE expires_at > now()`,
    );
    this.revoked = new Set([...rows.map((row) => row.session_id), ...this.revokedWhileLoading]);
    this.revokedWhileLoading.clear();
    this.loadedAt = startedAt;
  }
}
