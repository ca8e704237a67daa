import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery } from '@redress/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { SlaPolicy } from '../../domain/severity';
import { readSlaPolicies } from '../../persistence/department.store';

export interface DepartmentView {
  id: string;
  name: string;
  /** The escalation chain, level 1 first (tokens are never shown again). */
  chain: { level: number; id: string; name: string; email: string | null }[];
  /** When deadlines count (null: around the clock, in UTC) and each severity's deadlines, the settings' when not its own. */
  sla: SlaPolicy;
  updatedAt: string;
}

/** Departments by id, each with its current chain. */
@Injectable()
export class ListDepartmentsQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
  ) {}

  async execute(page: PageQuery): Promise<Page<DepartmentView>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(page.cursor, ['text']) as string[] | null;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM escalation.departments WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after?.[0] ?? null, limit + 1],
    );
    const ids = rows.slice(0, limit).map((row) => row.id);
    const items = await this.byIds(this.dataSource.manager, ids);
    return { items, nextCursor: rows.length > limit ? encodeCursor([ids[ids.length - 1]]) : null };
  }

  async byIds(manager: EntityManager, ids: string[]): Promise<DepartmentView[]> {
    const rows: {
      id: string;
      name: string;
      updated_at: Date;
      owner_id: string | null;
      owner_name: string | null;
      email: string | null;
      level: number | null;
    }[] = await manager.query(
      `SELECT d.id, d.name, d.updated_at, o.id AS owner_id, o.name AS owner_name, o.email, o.level
         FROM escalation.departments d LEFT JOIN escalation.owners o ON o.department_id = d.id AND o.removed_at IS NULL
         WHERE d.id = ANY($1::text[]) ORDER BY d.id, o.level`,
      [ids],
    );
    const policies = await readSlaPolicies(manager, ids, this.settings.severityLevels);
    const views = new Map<string, DepartmentView>();
    for (const row of rows) {
      const view = views.get(row.id) ?? {
        id: row.id,
        name: row.name,
        chain: [],
        sla: policies.get(row.id) as SlaPolicy,
        updatedAt: row.updated_at.toISOString(),
      };
      if (row.owner_id)
        view.chain.push({
          level: row.level as number,
          id: row.owner_id,
          name: row.owner_name as string,
          email: row.email,
        });
      views.set(row.id, view);
    }
    return [...views.values()];
  }
}
