import { BadRequestException, Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { AdminGuard } from '../../auth/admin.guard';
import { CurrentStaff, StaffGuard, StaffPerson } from '../../auth/staff.guard';
import { parsePersonKey } from '../../domain/staff-preferences';
import { ADMIN_ERRORS, STAFF_ERRORS } from '../../notifier.api-docs';
import { StaffDirectoryService, StaffProfileView } from './staff-directory.service';
import { StaffProfileDoc } from './staff-profile.view';
import { AdminStaffProfileRequest, StaffProfileRequest } from './staff-profile.request.dto';

const PERSON_PARAM = {
  name: 'person',
  description: '`<role>:<id>`, role `owner`, `member` or `supervisor`',
  example: 'owner:3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
} as const;
const BAD_PROFILE = {
  description: 'A field is not valid: each named with its reason',
  message: 'The request is invalid',
} as const;

/** A person reads and edits their own profile with their own token. */
@ApiTags('staff')
@Controller('staff')
export class StaffDirectoryHttpController {
  constructor(private readonly directory: StaffDirectoryService) {}

  @Get('me')
  @UseGuards(StaffGuard)
  @ApiBearerAuth('staff')
  @ApiOperation({
    summary: 'Read my staff profile',
    description: 'Where and how the signed-in person is told: every kind of notice with their choice or the default.',
  })
  @ApiOkResponse({ type: StaffProfileDoc, description: 'The profile (`updatedAt` null before the first save)' })
  @ApiErrors(STAFF_ERRORS)
  me(@CurrentStaff() staff: StaffPerson): Promise<StaffProfileView> {
    return this.directory.get(staff.person, staff.role, staff.name);
  }

  @Put('me')
  @UseGuards(StaffGuard)
  @ApiBearerAuth('staff')
  @ApiOperation({
    summary: 'Edit my staff profile',
    description: 'Saves the fields given over the profile; fields left out stay, `null` clears the email or webhook.',
  })
  @ApiOkResponse({ type: StaffProfileDoc, description: 'The profile as saved' })
  @ApiErrors({ ...STAFF_ERRORS, 400: BAD_PROFILE })
  editMe(@CurrentStaff() staff: StaffPerson, @Body() body: StaffProfileRequest): Promise<StaffProfileView> {
    return this.directory.put(staff.person, staff.role, staff.name, body);
  }

  /** An admin (notifier admin token) reads anyone's profile by its key, `<role>:<id>`. */
  @Get(':person')
  @UseGuards(AdminGuard)
  @ApiBearerAuth('admin')
  @ApiOperation({ summary: "Read a person's staff profile", description: "Anyone's profile by its key, for an admin." })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({ type: StaffProfileDoc, description: 'The profile, or the defaults when there is none yet' })
  @ApiErrors({ ...ADMIN_ERRORS, 400: BAD_PROFILE })
  read(@Param('person') person: string): Promise<StaffProfileView> {
    const key = personParam(person);
    return this.directory.get(person, key.role);
  }

  /** An admin sets anyone's profile up (provisioning people who have not signed in yet). */
  @Put(':person')
  @UseGuards(AdminGuard)
  @ApiBearerAuth('admin')
  @ApiOperation({
    summary: "Set a person's staff profile",
    description: 'Provisions people who have not signed in yet, with their name too.',
  })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({ type: StaffProfileDoc, description: 'The profile as saved' })
  @ApiErrors({ ...ADMIN_ERRORS, 400: BAD_PROFILE })
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
