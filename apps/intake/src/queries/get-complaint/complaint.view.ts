import { ComplaintStatus } from '../../domain/complaint-status';

export interface TimelineItem {
  type: string;
  at: string;
  summary: string;
  details: Record<string, unknown>;
}

/** What GET /complaints/:id answers (DESIGN.md, "Intake API"). */
export interface ComplaintView {
  id: string;
  externalRef: string | null;
  status: ComplaintStatus;
  receivedAt: string;
  customer: unknown;
  touchpoint: string;
  order: { ref?: string; amount: string; currency: string } | null;
  text: string;
  dissatisfaction: string;
  remedy: { type: string; amount?: string } | null;
  rootCauseId: string | null;
  assignment: { department: string; level: number } | null;
  compensation: { amount: string; currency: string; requested: string | null; status: 'granted' | 'review' } | null;
  timeline: TimelineItem[];
}
