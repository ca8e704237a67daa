import type { Department, EditedDepartment } from '@redress/http-api';
import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { Pages } from '../http/pages';
import { MessageKey } from '../i18n/messages.en';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { DepartmentsApi } from '../upstream/departments.api';
import { UpstreamError } from '../upstream/upstream';
import {
  DepartmentFields,
  departmentFields,
  departmentRequest,
  formFieldOf,
  SEVERITIES,
  WEEKDAYS,
} from './department-form';

const DEPARTMENT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The directory of departments for owners, and for the owner at the top of a chain the form that edits it: the chain,
 * working hours, holidays and deadlines, saved with escalation's `PUT /departments/{id}` under the owner's token.
 * Escalation decides who may edit (the top of the chain, or its admin token); the console only hides the form.
 */
@Controller('departments')
@ForRoles('owner', 'escalation-admin')
export class DepartmentsController {
  constructor(
    private readonly pages: Pages,
    private readonly departments: DepartmentsApi,
  ) {}

  @Get()
  async list(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser) {
    const t = translator(request.language);
    const departments = await this.departments.all(user);
    return this.pages.render(request, reply, 'departments', t('departments.title'), {
      departments: departments.map((department) => ({
        ...department,
        editable: isHead(user, department),
        calendarText: department.sla.calendar
          ? t('departments.hoursIn', { zone: department.sla.calendar.timeZone })
          : t('departments.aroundTheClock'),
      })),
    });
  }

  @Get(':id')
  async edit(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id') id: string,
  ) {
    const department = await this.find(user, id);
    if (!isHead(user, department)) throw new ForbiddenException();
    return this.renderForm(request, reply, department, departmentFields(department));
  }

  @Post(':id')
  async save(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id') id: string,
    @Body() body: unknown,
  ) {
    const department = await this.find(user, id);
    const shown = departmentFields(department);
    const posted = formValues(body);
    let saved: EditedDepartment;
    try {
      saved = await this.departments.save(
        user,
        id,
        departmentRequest(posted, shown, department.chain.length + 1),
        request.id,
      );
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = error.fieldErrors.map((fieldError) => ({
        field: formFieldOf(fieldError.field),
        reason: fieldError.reason,
      }));
      return this.renderForm(request, reply, department, posted, errors, undefined, 400);
    }
    // New owners' tokens are shown on this answer only, also when the person is no longer the top of the chain.
    const after = await this.find(user, id);
    return this.renderForm(
      request,
      reply,
      after,
      departmentFields(after),
      [],
      saved.newOwners,
      200,
      isHead(user, after),
    );
  }

  private async find(user: SignedInUser, id: string): Promise<Department> {
    if (!DEPARTMENT_ID.test(id)) throw new NotFoundException();
    const department = (await this.departments.all(user)).find((found) => found.id === id);
    if (!department) throw new NotFoundException();
    return department;
  }

  private renderForm(
    request: ConsoleRequest,
    reply: ConsoleReply,
    department: Department,
    values: DepartmentFields,
    errors: { field: string; reason: string }[] = [],
    newOwners?: EditedDepartment['newOwners'],
    status = 200,
    editable = true,
  ) {
    const t = translator(request.language);
    const errorOf = (name: string) => errors.find((error) => error.field === name)?.reason ?? null;
    const input = (name: string) => ({
      name,
      id: name.replace(/\./g, '-'),
      value: values[name] ?? '',
      error: errorOf(name),
    });
    const rows = department.chain.length + 1;
    return this.pages.render(
      request,
      reply,
      'department',
      t('departments.editTitle', { name: department.name }),
      {
        department,
        editable,
        saved: newOwners !== undefined,
        newOwners: newOwners ?? [],
        errors: errors.map((error) => ({ ...error, id: error.field.replace(/\./g, '-') })),
        name: input('name'),
        chain: Array.from({ length: rows }, (_, index) => ({
          level: index + 1,
          isNew: index >= department.chain.length,
          id: values[`chain.${index}.id`] ?? '',
          idName: `chain.${index}.id`,
          name: input(`chain.${index}.name`),
          email: input(`chain.${index}.email`),
        })),
        timeZone: input('timeZone'),
        days: WEEKDAYS.map((day) => ({
          label: t(`departments.day.${day}` as MessageKey),
          from: input(`hours.${day}.from`),
          to: input(`hours.${day}.to`),
        })),
        holidays: input('holidays'),
        criticalIgnoresHours: values.criticalIgnoresHours === 'on',
        severities: SEVERITIES.map((severity) => ({
          label: t(`departments.severity.${severity}` as MessageKey),
          acknowledge: input(`sla.${severity}.acknowledgeWithin`),
          resolve: input(`sla.${severity}.resolveWithin`),
        })),
      },
      status,
    );
  }
}

/** Escalation lets the owner at the top of a chain edit it, and its admin token every chain. */
function isHead(user: SignedInUser, department: Department): boolean {
  if (user.role === 'escalation-admin') return true;
  return department.chain[department.chain.length - 1]?.id === user.id;
}

function formValues(body: unknown): DepartmentFields {
  const values: DepartmentFields = {};
  for (const [name, value] of Object.entries((body as Record<string, unknown> | undefined) ?? {}))
    if (typeof value === 'string' && name.length <= 64) values[name] = value;
  return values;
}
