import { ApiProperty } from '@nestjs/swagger';
import { AssignmentSummaryView } from '../get-assignment/assignment.view';
import { OverdueAssignment } from './list-overdue.query';

export class OverdueAssignmentView extends AssignmentSummaryView implements OverdueAssignment {
  @ApiProperty({
    enum: ['breached', 'overdue', 'near-breach'],
    description:
      '`breached`: missed a deadline at the top of its chain; `overdue`: its deadline passed and it is escalating; ' +
      '`near-breach`: its next deadline is near',
  })
  attention!: 'breached' | 'overdue' | 'near-breach';

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-23T15:00:00.000Z',
    description: 'When it breached, or when its next deadline falls',
  })
  attentionAt!: string;
}
