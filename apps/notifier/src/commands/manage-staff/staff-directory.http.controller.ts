import { BadRequestException, Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { AdminGuard } from '../../auth/admin.guard';
import { CurrentStaff, StaffGuard, StaffPerson } from '../../auth/staff.guard';
import { parsePersonKey } from '../../domain/staff-preferences';
import { StaffDirectoryService, StaffProfileView } from './staff-directory.service';
import { AdminStaffProfileRequest, StaffProfileRequest } from './staff-profile.request.dto';

/** A person reads and edits their own profile with their own token. */
@Controller('staff')
export class StaffDirectoryHttpController {
  constructor(private readonly directory: StaffDirectoryService) {}

  @Get('me')
  @UseGuards(StaffGuard)
  me(@CurrentStaff() staff: StaffPerson): Promise<StaffProfileView> {
    return this.directory.get(staff.person, staff.role, staff.name);
  }

  @Put('me')
  @UseGuards(StaffGuard)
  editMe(@CurrentStaff() staff: StaffPerson, @Body() body: StaffProfileRequest): Promise<StaffProfileView> {
    return this.directory.put(staff.person, staff.role, staff.name, body);
  }

  /** An admin (notifier admin token) reads anyone's profile by its key, `<role>:<id>`. */
  @Get(':person')
  @UseGuards(AdminGuard)
  read(@Param('person') person: string): Promise<StaffProfileView> {
    const key = personParam(person);
    return this.directory.get(person, key.role);
  }

  /** An admin sets anyone's profile up (provisioning people who have not signed in yet). */
  @Put(':person')
  @UseGuards(AdminGuard)
  edit(@Param('person') person: string, @Body() body: AdminStaffProfileRequest): Promise<StaffProfileView> {
    const key = personParam(person);
    const { name, ...profile } = body;
    return this.directory.put(person, key.role, name, profile);
  }
}

function personParam(person: string) {
  const key = parsePersonKey(person);
  if (!key)
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request is invalid',
      errors: [{ field: 'person', reason: 'must be <role>:<id> with role owner, member or supervisor' }],
    });
  return key;
}
