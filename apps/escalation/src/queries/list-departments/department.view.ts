import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ServiceLevels } from '../../domain/deadlines';
import { Severity, SlaPolicy } from '../../domain/severity';
import { OpeningHours, Weekday, WorkingCalendar } from '../../domain/working-calendar';
import { DepartmentView } from './list-departments.query';

export class ChainOwnerView {
  @ApiProperty({ example: 1, description: 'Level 1 is the owner, 2 the head, ...' })
  level!: number;

  @ApiProperty({ example: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Oleg Smirnov' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'oleg@example.com' })
  email!: string | null;
}

export class OpeningHoursView implements OpeningHours {
  @ApiProperty({ example: '09:00' })
  from!: string;

  @ApiProperty({ example: '18:00' })
  to!: string;
}

/** Hours per weekday on the department's clock; a day left out is not worked. */
export class WeekHoursView implements Partial<Record<Weekday, OpeningHours>> {
  @ApiPropertyOptional({ type: OpeningHoursView }) mon?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) tue?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) wed?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) thu?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) fri?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) sat?: OpeningHoursView;
  @ApiPropertyOptional({ type: OpeningHoursView }) sun?: OpeningHoursView;
}

export class CalendarView implements WorkingCalendar {
  @ApiProperty({ example: 'Europe/Moscow' })
  timeZone!: string;

  @ApiProperty({ type: WeekHoursView })
  hours!: WeekHoursView;

  @ApiProperty({ type: [String], example: ['2026-12-31'], description: 'Local dates, YYYY-MM-DD' })
  holidays!: string[];
}

export class ServiceLevelsView implements ServiceLevels {
  @ApiProperty({ example: 14_400_000, description: 'Milliseconds of working time' })
  acknowledgeWithinMs!: number;

  @ApiProperty({ example: 432_000_000, description: 'Milliseconds of working time' })
  resolveWithinMs!: number;
}

export class SeverityLevelsView implements Record<Severity, ServiceLevels> {
  @ApiProperty({ type: ServiceLevelsView }) low!: ServiceLevelsView;
  @ApiProperty({ type: ServiceLevelsView }) normal!: ServiceLevelsView;
  @ApiProperty({ type: ServiceLevelsView }) high!: ServiceLevelsView;
  @ApiProperty({ type: ServiceLevelsView }) critical!: ServiceLevelsView;
}

export class SlaPolicyView implements SlaPolicy {
  @ApiProperty({
    type: CalendarView,
    nullable: true,
    description: 'When deadlines count; null: around the clock, in UTC',
  })
  calendar!: CalendarView | null;

  @ApiProperty({ type: SeverityLevelsView, description: "Each severity's deadlines, the settings' when not its own" })
  levels!: SeverityLevelsView;

  @ApiProperty({
    example: true,
    description: 'Critical root causes run on the wall clock, nights and holidays included',
  })
  criticalIgnoresHours!: boolean;
}

/** A department of the directory, with its chain and service levels. */
export class DepartmentDetailView implements DepartmentView {
  @ApiProperty({ example: 'logistics' })
  id!: string;

  @ApiProperty({ example: 'Logistics' })
  name!: string;

  @ApiProperty({
    type: [ChainOwnerView],
    description: 'The escalation chain, level 1 first (tokens are never shown again)',
  })
  chain!: ChainOwnerView[];

  @ApiProperty({ type: SlaPolicyView })
  sla!: SlaPolicyView;

  @ApiProperty({ format: 'date-time', example: '2026-11-01T09:00:00.000Z' })
  updatedAt!: string;
}
