import { CompensationBasis, Dissatisfaction } from '@redress/contracts/vocabulary';
import {
  applyBudget,
  budgetPeriod,
  CompensationDecision,
  CompensationLimits,
  decideCompensation,
  Money,
  ReviewReason,
} from './compensation-policy';
import { playbookCompensation } from './playbook';

/** A compensation as it really was settled and decided (notifier.compensations). */
export interface RealCompensation {
  /** Its budget period, `YYYY-MM`. */
  period: string;
  /** Paid at once by the rules or a playbook, before anyone reviewed it. */
  grantedAtOnce: number;
  /** Paid in the end: `grantedAtOnce`, or the total supervisors approved. */
  finalGranted: number;
  currency: string;
  basis: CompensationBasis;
  status: 'none' | 'granted' | 'review' | 'approved' | 'rejected';
  reviewReason: ReviewReason | null;
  /** What a review was asked to settle, when there was one. */
  requested: number | null;
  /** When a supervisor completed an approval, in ms; null otherwise. */
  approvedAt: number | null;
  /** In whatever window was asked: whether this compensation counts on the real side. */
  inWindow: boolean;
}

/** One complaint of the notifier's history, as the replay reads it. */
export interface HistoryCase {
  /**
   * When the policy settles it in the replay, in ms: when it really was settled, or under a what-if maximum wait its
   * resolution or the end of that wait, whichever came first (the history query computes it and feeds cases in
   * this order). Null: the replay does not settle it (yet).
   */
  settleAt: number | null;
  /** The owning department, `unassigned` before an assignment. */
  department: string;
  dissatisfaction: Dissatisfaction;
  order: Money | null;
  claimed: Money | null;
  /** The pre-authorised amount of the playbook applied on receipt, if one was: a playbook, not the rules, decided. */
  playbookAmount: number | null;
  real: RealCompensation | null;
}

/** A policy to try: the rules' limits (`CompensationLimits`, with its shares and review rule) and the monthly budget. */
export interface WhatIfPolicy extends CompensationLimits {
  monthlyBudget: number;
}

/** What a case's compensation came to. Money in minor units of the compensation currency. */
export type OutcomeKind = 'full' | 'capped' | 'review' | 'none' | 'budgetOverflow';

export interface Figures {
  /** Complaints compensated (or sent to review, or given nothing) in the period. */
  cases: number;
  /** Paid at once plus approved later. */
  cost: number;
  paidAtOnce: number;
  /** What supervisors' approvals added to the grants paid at once. */
  approvedLater: number;
  /** Under review and undecided: what the reviews ask beyond what was paid at once. */
  awaitingReview: number;
  /** Granted at once in full: a claim within the limit, a share of the order within it, a playbook's grant. */
  full: number;
  /** A share of the order cut to the limit, or a claim above it cut where no person reviews the rest. */
  capped: number;
  /** Sent to a person: a claim above the limit, or one in a currency without a rate. */
  review: number;
  /** Nothing due: an apology only (mild, no claim, no order). */
  none: number;
  /** A grant the month's budget could not take: paid nothing, sent to a person. */
  budgetOverflow: number;
  /** Cases decided in a currency without an exchange rate: counted, their money not added to these sums. */
  otherCurrency: number;
}

export interface SideBySide {
  whatIf: Figures;
  actual: Figures;
}

export interface WhatIfResult {
  total: SideBySide;
  /** Budget periods in order, each with the what-if budget's use. */
  byMonth: ({ month: string; budget: number; budgetUsed: number } & SideBySide)[];
  byDepartment: ({ department: string } & SideBySide)[];
}

export function noFigures(): Figures {
  return {
    cases: 0,
    cost: 0,
    paidAtOnce: 0,
    approvedLater: 0,
    awaitingReview: 0,
    full: 0,
    capped: 0,
    review: 0,
    none: 0,
    budgetOverflow: 0,
    otherCurrency: 0,
  };
}

export function kindOfDecision(decision: CompensationDecision): OutcomeKind {
  if (decision.review?.reason === 'budget-exhausted') return 'budgetOverflow';
  if (decision.review) return 'review';
  if (decision.granted === 0) return 'none';
  return decision.basis === 'capped' ? 'capped' : 'full';
}

export function kindOfReal(real: RealCompensation): OutcomeKind {
  if (real.reviewReason === 'budget-exhausted') return 'budgetOverflow';
  if (real.reviewReason === 'over-limit') return 'review';
  if (real.grantedAtOnce === 0) return 'none';
  return real.basis === 'capped' ? 'capped' : 'full';
}

/** A supervisor's approval replayed: charged to its period's budget when its time comes. */
interface PendingApproval {
  at: number;
  period: string;
  amount: number;
}

/**
 * Replays a history of compensations under another policy, through the rules that decide real grants
 * (`decideCompensation`, `applyBudget`, `playbookCompensation`), and counts what really happened beside it. Nothing
 * is written: the result is figures. Cases arrive one by one in the order the replay settles them, so a history of
 * any length is replayed in constant memory (a month's budget and the groups' counters).
 *
 * Supervisors' decisions are history too: a case the replay also sends to review, and that a supervisor really
 * approved, is approved for the same total (never less than the replay paid at once, never more than its claim),
 * at the same time, and charged to its month's budget as the real approval was. A case the replay newly sends to
 * review stays `awaitingReview`. Cases settled before `from` count only toward their month's budget.
 */
export class CompensationReplay {
  private readonly total = { whatIf: noFigures(), actual: noFigures() };
  private readonly months = new Map<string, SideBySide>();
  private readonly departments = new Map<string, SideBySide>();
  private readonly used = new Map<string, number>();
  private readonly approvals: PendingApproval[] = [];
  private lastSettleAt = -Infinity;
  // The period of the last settle instant: consecutive cases mostly share one.
  private periodStart = 0;
  private periodEnd = -1;
  private period = '';

  constructor(
    private readonly policy: WhatIfPolicy,
    private readonly from: number,
    private readonly to: number,
  ) {}

  add(entry: HistoryCase): void {
    if (entry.real?.inWindow) this.countReal(entry);
    if (entry.settleAt === null) return;
    if (entry.settleAt < this.lastSettleAt) throw new Error('history cases must arrive in the order they settle');
    this.lastSettleAt = entry.settleAt;
    this.approveUntil(entry.settleAt);
    const period = this.periodOf(entry.settleAt);
    const decided =
      entry.playbookAmount !== null
        ? playbookCompensation(entry.playbookAmount, this.policy)
        : decideCompensation(entry, this.policy);
    // As CompensationService: only a grant reserves budget (a decision in another currency grants nothing).
    const used = this.used.get(period) ?? 0;
    const outcome = decided.granted > 0 ? applyBudget(decided, this.policy.monthlyBudget - used) : decided;
    if (outcome.granted > 0) this.used.set(period, used + outcome.granted);
    const counted = entry.settleAt >= this.from && entry.settleAt < this.to;
    const approved = this.carryApproval(entry, outcome, period);
    if (counted) this.countWhatIf(entry.department, period, outcome, approved);
  }

  /** The figures, once every case was added. Approvals still pending are charged first. */
  result(): WhatIfResult {
    this.approveUntil(Infinity);
    return {
      total: this.total,
      byMonth: [...this.months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, figures]) => ({
          month,
          budget: this.policy.monthlyBudget,
          budgetUsed: this.used.get(month) ?? 0,
          whatIf: figures.whatIf,
          actual: figures.actual,
        })),
      byDepartment: [...this.departments.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([department, figures]) => ({ department, ...figures })),
    };
  }

  /** A real approval carried over to a case the replay reviews too: the amount it adds, scheduled for its time. */
  private carryApproval(entry: HistoryCase, outcome: CompensationDecision, period: string): number {
    const real = entry.real;
    if (!outcome.review || real?.status !== 'approved' || real.approvedAt === null) return 0;
    if (real.currency !== outcome.currency) return 0;
    const total = Math.min(real.finalGranted, Math.max(outcome.review.requested, outcome.granted));
    const added = Math.max(0, total - outcome.granted);
    if (added > 0) this.schedule({ at: Math.max(real.approvedAt, entry.settleAt as number), period, amount: added });
    return added;
  }

  private countWhatIf(department: string, period: string, outcome: CompensationDecision, approved: number): void {
    const foreign = outcome.currency !== this.policy.currency;
    const kind = kindOfDecision(outcome);
    const awaiting = outcome.review && approved === 0 ? Math.max(0, outcome.review.requested - outcome.granted) : 0;
    for (const figures of [this.total.whatIf, this.month(period).whatIf, this.department(department).whatIf]) {
      figures.cases++;
      figures[kind]++;
      if (foreign) {
        figures.otherCurrency++;
        continue;
      }
      figures.paidAtOnce += outcome.granted;
      figures.approvedLater += approved;
      figures.cost += outcome.granted + approved;
      figures.awaitingReview += awaiting;
    }
  }

  private countReal(entry: HistoryCase): void {
    const real = entry.real as RealCompensation;
    const foreign = real.currency !== this.policy.currency;
    const kind = kindOfReal(real);
    const approved = real.status === 'approved' ? Math.max(0, real.finalGranted - real.grantedAtOnce) : 0;
    const awaiting = real.status === 'review' ? Math.max(0, (real.requested ?? 0) - real.grantedAtOnce) : 0;
    for (const figures of [
      this.total.actual,
      this.month(real.period).actual,
      this.department(entry.department).actual,
    ]) {
      figures.cases++;
      figures[kind]++;
      if (foreign) {
        figures.otherCurrency++;
        continue;
      }
      figures.paidAtOnce += real.grantedAtOnce;
      figures.approvedLater += approved;
      figures.cost += real.grantedAtOnce + approved;
      figures.awaitingReview += awaiting;
    }
  }

  private month(period: string): SideBySide {
    let figures = this.months.get(period);
    if (!figures) this.months.set(period, (figures = { whatIf: noFigures(), actual: noFigures() }));
    return figures;
  }

  private department(department: string): SideBySide {
    let figures = this.departments.get(department);
    if (!figures) this.departments.set(department, (figures = { whatIf: noFigures(), actual: noFigures() }));
    return figures;
  }

  private periodOf(at: number): string {
    if (at < this.periodStart || at >= this.periodEnd) {
      const date = new Date(at);
      this.period = budgetPeriod(date);
      this.periodStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      this.periodEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    return this.period;
  }

  /** Approvals are charged in time order, past their period's limit as real ones are: people decided. */
  private approveUntil(at: number): void {
    const heap = this.approvals;
    while (heap.length > 0 && heap[0].at <= at) {
      const approval = popMin(heap);
      this.used.set(approval.period, (this.used.get(approval.period) ?? 0) + approval.amount);
    }
  }

  private schedule(approval: PendingApproval): void {
    pushMin(this.approvals, approval);
  }
}

/** Pending approvals as a binary min-heap by time: a few at any moment, however long the history. */
function pushMin(heap: PendingApproval[], item: PendingApproval): void {
  heap.push(item);
  let index = heap.length - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (heap[parent].at <= heap[index].at) break;
    [heap[parent], heap[index]] = [heap[index], heap[parent]];
    index = parent;
  }
}

function popMin(heap: PendingApproval[]): PendingApproval {
  const top = heap[0];
  const last = heap.pop() as PendingApproval;
  if (heap.length === 0) return top;
  heap[0] = last;
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && heap[left].at < heap[smallest].at) smallest = left;
    if (right < heap.length && heap[right].at < heap[smallest].at) smallest = right;
    if (smallest === index) return top;
    [heap[smallest], heap[index]] = [heap[index], heap[smallest]];
    index = smallest;
  }
}
