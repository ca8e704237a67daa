import { ForbiddenException, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { hashToken, InvalidRequestException, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { Principal } from '../../auth/escalation-principal.guard';
import {
  currentChain,
  departmentExists,
  insertOwner,
  lockDepartmentEdits,
  restoreOwner,
  setCalendar,
  setServiceLevels,
  takeChainOff,
  upsertDepartment,
} from '../../persistence/department.store';
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
      await lockDepartmentEdits(tx.manager, departmentId);
      const current = await currentChain(tx.manager, departmentId);
      const exists = await departmentExists(tx.manager, departmentId);
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

      await upsertDepartment(tx.manager, departmentId, request.name.trim());
      if (calendar !== undefined) await setCalendar(tx.manager, departmentId, calendar);
      if (request.serviceLevels !== undefined)
        await setServiceLevels(tx.manager, departmentId, serviceLevels ? serviceLevels.levels : null);
      // Everyone leaves the chain, then the kept owners come back at their new levels: no two share a level meanwhile.
      await takeChainOff(tx.manager, departmentId);
      const newOwners: EditedDepartment['newOwners'] = [];
      for (const [index, level] of request.chain.entries()) {
        if (level.id) {
          await restoreOwner(tx.manager, {
            id: level.id,
            level: index + 1,
            name: level.name.trim(),
            email: level.email ?? null,
          });
        } else {
          const owner = { id: randomUUID(), name: level.name.trim(), level: index + 1, token: newToken('ro') };
          await insertOwner(
            tx.manager,
            { ...owner, department: departmentId, email: level.email ?? null },
            hashToken(owner.token),
          );
          newOwners.push(owner);
        }
      }
      const [view] = await this.departments.byIds(tx.manager, [departmentId]);
      return { ...view, newOwners };
    });
  }
}
