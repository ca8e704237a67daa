import { ApiProperty } from '@nestjs/swagger';
import { FeedbackAnswer } from './give-feedback.service';

export class FeedbackAnswerView implements FeedbackAnswer {
  @ApiProperty({ minimum: 1, maximum: 5, example: 2 })
  rating!: number;

  @ApiProperty({ type: String, nullable: true, example: 'Still late this week.' })
  comment!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-24T09:00:00.000Z' })
  receivedAt!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    example: '2026-11-25T09:00:00.000Z',
    description: 'For a low rating: when the callback the customer is owed falls due',
  })
  followUpDueAt!: string | null;
}
