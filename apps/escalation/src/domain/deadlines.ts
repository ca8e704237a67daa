export interface ServiceLevels {
  acknowledgeWithinMs: number;
  resolveWithinMs: number;
}

export interface Deadlines {
  acknowledgeDueAt: Date;
  resolveDueAt: Date;
}

/** Every level of the chain gets a fresh pair of deadlines from the moment it receives the assignment. */
export function deadlinesFrom(start: Date, levels: ServiceLevels): Deadlines {
  return {
    acknowledgeDueAt: new Date(start.getTime() + levels.acknowledgeWithinMs),
    resolveDueAt: new Date(start.getTime() + levels.resolveWithinMs),
  };
}
