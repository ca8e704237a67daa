import type { Department, EditedDepartment } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

/** The directory is small; this many pages of 200 cover any real company. */
const MAX_PAGES = 10;

/** Escalation's directory of departments, read and edited with the owner's own token (escalation decides who may). */
@Injectable()
export class DepartmentsApi {
  constructor(private readonly upstream: Upstream) {}

  async all(user: SignedInUser): Promise<Department[]> {
    const departments: Department[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page: Page<Department> = await this.upstream.json(
        'escalation',
        `/departments${query({ limit: 200, cursor })}`,
        {
          token: user.token,
        },
      );
      departments.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return departments;
  }

  save(user: SignedInUser, id: string, body: object, correlationId: string): Promise<EditedDepartment> {
    return this.upstream.json('escalation', `/departments/${encodeURIComponent(id)}`, {
      method: 'PUT',
      token: user.token,
      body,
      correlationId,
    });
  }
}
