import { addWorkingTime, WorkingCalendar } from './working-calendar';

export interface ServiceLevels {
  acknowledgeWithinMs: number;
  resolveWithinMs: number;
}

export interface Deadlines {
  acknowledgeDueAt: Date;
  resolveDueAt: Date;
}

/**
 * Every level of the chain gets a fresh pair of deadlines from the moment it receives the assignment, counted in the
 * department's working time (wall-clock time without a calendar).
 */
export function deadlinesFrom(start: Date, levels: ServiceLevels, calendar: WorkingCalendar | null = null): Deadlines {
  return {
    acknowledgeDueAt: addWorkingTime(start, levels.acknowledgeWithinMs, calendar),
    resolveDueAt: addWorkingTime(start, levels.resolveWithinMs, calendar),
  };
}
