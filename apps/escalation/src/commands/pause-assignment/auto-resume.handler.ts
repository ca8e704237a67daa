import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob } from '@redress/timers';
import { AssignmentStore } from '../../persistence/assignment.store';
import { PauseAssignmentService } from './pause-assignment.service';
import { AUTO_RESUME_TIMER } from './pause-timers';

/**
 * Ends a pause that reached ESCALATION_MAX_PAUSE: the clock runs again as if the owner had resumed it (the history
 * names the owner who has the assignment). An assignment resumed meanwhile is left as it is.
 */
@Injectable()
export class AutoResumeHandler implements OnModuleInit {
  constructor(
    private readonly worker: TimerJob,
    private readonly store: AssignmentStore,
    private readonly pauses: PauseAssignmentService,
  ) {}

  onModuleInit(): void {
    this.worker.handle(AUTO_RESUME_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const [assignment] = await this.store.lock(tx.manager, [timer.subjectId]);
    // Resumed meanwhile, or resolved while it waited: nothing left to restart.
    if (!assignment?.waitingSince || assignment.status === 'resolved') return;
    const now = new Date(Math.max(Date.now(), timer.dueAt.getTime()));
    await this.pauses.restart(
      tx,
      assignment,
      assignment.waitingSince,
      null,
      'the longest pause allowed (ESCALATION_MAX_PAUSE) is used up',
      now,
    );
  }
}
