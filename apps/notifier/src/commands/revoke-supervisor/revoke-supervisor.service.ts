import { isUuid } from '@redress/platform';
import { DataSource } from 'typeorm';
import { revokeSupervisorRow } from '../../persistence/supervisor.store';

export interface RevokedSupervisor {
  id: string;
  name: string;
  revokedAt: string;
}

/**
 * Revokes the supervisor with this id (a UUID) or else name, for good: their token is refused from the next request
 * on, their past decisions stay. Revoking twice keeps the first time. Null when there is no such supervisor.
 */
export async function revokeSupervisor(dataSource: DataSource, idOrName: string): Promise<RevokedSupervisor | null> {
  const revoked = await revokeSupervisorRow(dataSource, idOrName, isUuid(idOrName));
  return revoked ? { id: revoked.id, name: revoked.name, revokedAt: new Date(revoked.revoked_at).toISOString() } : null;
}
