import { ApiProperty } from '@nestjs/swagger';

/** What every report says first: the period it covers and the department it is limited to, if any. */
export class ReportPeriodView {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00.000Z', description: 'Start, inclusive' })
  from!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00.000Z', description: 'End, exclusive' })
  to!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'logistics',
    description: "The department reported on (a head's own); null: every department",
  })
  department!: string | null;
}
