import { ApiProperty } from '@nestjs/swagger';

/** One item of GET /complaints/changes: a timeline entry or a status step (`status.changed`) of one complaint. */
export class ChangeView {
  @ApiProperty({ example: '42', description: "This client system's feed position: 1, 2, 3... with no gaps" })
  position!: string;

  @ApiProperty({ format: 'uuid', example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  complaintId!: string;

  @ApiProperty({ example: 'status.changed', description: 'The event type, or `status.changed` for a status step' })
  type!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.200Z' })
  at!: string;

  @ApiProperty({ example: 'Status: triaged' })
  summary!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { from: 'acknowledged', to: 'triaged' } })
  details!: Record<string, unknown>;
}

export class ChangesPage {
  @ApiProperty({ type: [ChangeView] })
  items!: ChangeView[];

  @ApiProperty({
    example: '42',
    description: "Pass as `after` next time: the last item's position, or the `after` given when there was nothing new",
  })
  nextCursor!: string;

  @ApiProperty({
    example: false,
    description: 'Whether more changes are waiting right now (ask again at once) rather than none yet (poll later)',
  })
  hasMore!: boolean;
}
