import { formatMinorUnits } from '@redress/contracts';

export interface PlaybookView {
  id: string;
  name: string;
  touchpoint: string | null;
  keywords: string[];
  activeFrom: string;
  activeUntil: string | null;
  /** Whether it applies to complaints received now. */
  active: boolean;
  message: { ru?: string; en?: string };
  compensation: string;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export function playbookView(row: Record<string, any>, now = new Date()): PlaybookView {
  const activeFrom = new Date(row.active_from);
  const activeUntil = row.active_until ? new Date(row.active_until) : null;
  return {
    id: row.id,
    name: row.name,
    touchpoint: row.touchpoint,
    keywords: row.keywords,
    activeFrom: activeFrom.toISOString(),
    activeUntil: activeUntil?.toISOString() ?? null,
    active: activeFrom <= now && (!activeUntil || activeUntil > now),
    message: row.message,
    compensation: formatMinorUnits(Number(row.compensation), row.currency),
    currency: row.currency,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
