import { ApiProperty, OmitType } from '@nestjs/swagger';
import type { StaffProfileView } from '../../commands/manage-staff/staff-directory.service';
import { StaffProfileDoc } from '../../commands/manage-staff/staff-profile.view';

/** A person in the directory's list: their profile without the preferences, of people who saved one. */
export interface StaffListItem extends Omit<StaffProfileView, 'preferences' | 'updatedAt'> {
  updatedAt: string;
}

/** The documented shape of one person in the directory's list (StaffListItem): the profile's fields, less two. */
export class StaffListItemDoc
  extends OmitType(StaffProfileDoc, ['preferences', 'updatedAt'] as const)
  implements StaffListItem
{
  // Listed people have a profile row, so it was saved at least once.
  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  updatedAt!: string;
}
