import { Injectable } from '@nestjs/common';
import { ClientSystemsApi } from '../upstream/client-systems.api';
import { EscalationApi } from '../upstream/escalation.api';
import { NotifierApi } from '../upstream/notifier.api';
import { OperationsApi } from '../upstream/operations.api';
import { PeopleApi } from '../upstream/people.api';
import { TriageApi } from '../upstream/triage.api';
import { UpstreamError } from '../upstream/upstream';
import { roleOfToken, SignedInUser } from './session';

/** Asks the service a token belongs to who it is: the console keeps no list of people of its own. */
@Injectable()
export class Identities {
  constructor(
    private readonly triage: TriageApi,
    private readonly escalation: EscalationApi,
    private readonly notifier: NotifierApi,
    private readonly operations: OperationsApi,
    private readonly clientSystems: ClientSystemsApi,
    private readonly people: PeopleApi,
  ) {}

  /** The person behind the token; null for a token of no kind the console serves, or one its service refuses. */
  async identify(token: string): Promise<SignedInUser | null> {
    try {
      switch (roleOfToken(token)) {
        case 'member': {
          const member = await this.triage.me(token);
          return {
            role: 'member',
            id: member.id,
            name: member.name,
            department: member.department,
            chair: member.chair,
            token,
          };
        }
        case 'owner': {
          const owner = await this.escalation.me(token);
          // The document types one principal for owners and the admin token: an owner comes with all four fields.
          const { kind, id, name, department, level } = owner;
          return kind === 'owner' && id && name ? { role: 'owner', id, name, department, level, token } : null;
        }
        case 'supervisor': {
          const supervisor = await this.notifier.me(token);
          return { role: 'supervisor', id: supervisor.id, name: supervisor.name, token };
        }
        case 'ops': {
          const ops = await this.operations.me(token);
          return { role: 'ops', id: ops.id, name: `ops ${ops.id}`, token };
        }
        case 'admin': {
          const admin = await this.clientSystems.me(token);
          return { role: 'admin', id: admin.id, name: admin.name, token };
        }
        case 'notifier-admin': {
          const admin = await this.people.adminMe(token);
          return { role: 'notifier-admin', id: admin.id, name: admin.name, token };
        }
        case 'escalation-admin': {
          // Escalation's admin token is one setting, not a person: it has no id or name of its own.
          const principal = await this.escalation.me(token);
          return principal.kind === 'admin' ? { role: 'escalation-admin', id: 'admin', name: 'admin', token } : null;
        }
        default:
          return null;
      }
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 401) return null;
      throw error;
    }
  }
}
