import { ForbiddenException, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { hashToken, InvalidRequestException, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { Principal } from '../../auth/escalation-principal.guard';
import { DepartmentView, ListDepartmentsQuery } from '../../queries/list-departments/list-departments.query';
import { calendarProblems, storedCalendar, storedServiceLevels } from './department-sla';
import { EditDepartmentRequest } from './edit-department.request.dto';

export interface EditedDepartment extends DepartmentView {
  /** Tokens of the owners this edit added, shown this once. Owners kept (by id) keep their tokens. */
  newOwners: { id: string; name: string; level: number; token: string }[];
}

/**
 * Replaces a department's name and chain (or creates the department). Who may: the admin token, or the owner at
 * the top of that department's chain as it is now. Owners listed by `id` stay (with their tokens) at their new level;
 * owners left out leave the chain (they no longer sign in; assignments they hold stay with them until their next
 * deadline moves them on); entries without `id` are new owners whose tokens are answered once. Open assignments keep
 * their level and owner: the new chain applies from their next step. The calendar and deadlines per severity, when
 * given, apply to deadlines set from then on (assignment, escalation, resume); deadlines already set stay.
 */
@Injectable()
export class EditDepartmentService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly departments: ListDepartmentsQuery,
  ) {}

  async execute(principal: Principal, departmentId: string, request: EditDepartmentRequest): Promise<EditedDepartment> {
    const ids = request.chain.map((level) => level.id).filter((id): id is string => id !== undefined);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
      throw new InvalidRequestException([{ field: 'chain', reason: `owner ${duplicate} is listed at two levels` }]);
    const calendar = request.calendar ? storedCalendar(request.calendar) : request.calendar;
    const serviceLevels = request.serviceLevels ? storedServiceLevels(request.serviceLevels) : null;
    const slaProblems = [
      ...(request.calendar ? calendarProblems(request.calendar) : []),
      ...(serviceLevels?.problems ?? []),
    ];
    if (slaProblems.length > 0) throw new InvalidRequestException(slaProblems);
    return this.unitOfWork.run(async (tx) => {
      // Serialises edits of one department, including its creation.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('escalation:department:' || $1))`, [departmentId]);
      const current: { id: string; level: number }[] = await tx.manager.query(
        `SELECT id, level FROM escalation.owners WHERE department_id = $1 AND removed_at IS NULL ORDER BY level`,
        [departmentId],
      );
      const exists =
        (await tx.manager.query(`SELECT 1 FROM escalation.departments WHERE id = $1`, [departmentId])).length > 0;
      const top = current[current.length - 1];
      if (principal.kind !== 'admin' && !(principal.department === departmentId && top && principal.id === top.id)) {
        throw new ForbiddenException(
          exists
            ? `Only the top of the ${departmentId} chain or the admin may edit it`
            : 'Only the admin may create a department',
        );
      }
      const problems = request.chain
        .map((level, index) => ({ level, index }))
        .filter(({ level }) => level.id !== undefined && !current.some((owner) => owner.id === level.id))
        .map(({ index }) => ({ field: `chain.${index}.id`, reason: `is not an owner on the ${departmentId} chain` }));
      if (problems.length > 0) throw new InvalidRequestException(problems);

      await tx.manager.query(
        `INSERT INTO escalation.departments (id, name, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, updated_at = now()`,
        [departmentId, request.name.trim()],
      );
      if (calendar !== undefined) {
        await tx.manager.query(
          `UPDATE escalation.departments SET time_zone = $2, working_hours = $3, holidays = $4, critical_ignores_hours = $5 WHERE id = $1`,
          [
            departmentId,
            calendar?.timeZone ?? null,
            calendar ? JSON.stringify(calendar.hours) : null,
            calendar?.holidays ?? [],
            calendar?.criticalIgnoresHours ?? false,
          ],
        );
      }
      if (request.serviceLevels !== undefined) {
        await tx.manager.query(`UPDATE escalation.departments SET service_levels = $2 WHERE id = $1`, [
          departmentId,
          serviceLevels ? JSON.stringify(serviceLevels.levels) : null,
        ]);
      }
      // Everyone leaves the chain, then the kept owners come back at their new levels: no two share a level meanwhile.
      await tx.manager.query(
        `UPDATE escalation.owners SET removed_at = now() WHERE department_id = $1 AND removed_at IS NULL`,
        [departmentId],
      );
      const newOwners: EditedDepartment['newOwners'] = [];
      for (const [index, level] of request.chain.entries()) {
        if (level.id) {
          await tx.manager.query(
            `UPDATE escalation.owners SET removed_at = NULL, level = $2, name = $3, email = $4 WHERE id = $1`,
            [level.id, index + 1, level.name.trim(), level.email ?? null],
          );
        } else {
          const owner = { id: randomUUID(), name: level.name.trim(), level: index + 1, token: newToken('ro') };
          await tx.manager.query(
            `INSERT INTO escalation.owners (id, department_id, level, name, email, token_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
            [owner.id, departmentId, owner.level, owner.name, level.email ?? null, hashToken(owner.token)],
          );
          newOwners.push(owner);
        }
      }
      const [view] = await this.departments.byIds(tx.manager, [departmentId]);
      return { ...view, newOwners };
    });
  }
}
