import { Touchpoint } from '@redress/contracts/vocabulary';
import { CompensationDecision, CompensationLimits } from './compensation-policy';
import { Locale, LOCALES } from './locale';

/** When a force-majeure playbook applies: its period, optionally one touchpoint, and any of its keywords. */
export interface PlaybookRule {
  touchpoint: Touchpoint | null;
  /** Lower-case; a complaint matches if its text contains any of them. None: every complaint of the period matches. */
  keywords: string[];
  activeFrom: Date;
  /** Exclusive; null: until someone ends the playbook. */
  activeUntil: Date | null;
}

export interface ComplaintFacts {
  touchpoint: Touchpoint;
  text: string;
  receivedAt: Date;
}

/** The words a customer wrote, folded so that keywords match regardless of case and of ё/е. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

export function playbookMatches(rule: PlaybookRule, complaint: ComplaintFacts): boolean {
  const at = complaint.receivedAt.getTime();
  if (at < rule.activeFrom.getTime() || (rule.activeUntil && at >= rule.activeUntil.getTime())) return false;
  if (rule.touchpoint && rule.touchpoint !== complaint.touchpoint) return false;
  if (rule.keywords.length === 0) return true;
  const text = foldText(complaint.text);
  return rule.keywords.some((keyword) => text.includes(foldText(keyword)));
}

/** The first playbook (in the order given, oldest first) whose rule matches: a complaint gets one plan, not several. */
export function choosePlaybook<P extends PlaybookRule>(playbooks: P[], complaint: ComplaintFacts): P | null {
  return playbooks.find((playbook) => playbookMatches(playbook, complaint)) ?? null;
}

/** What a playbook's message may say besides text: filled in per complaint. */
export const TEMPLATE_PLACEHOLDERS = ['reference', 'compensation'] as const;

/** Placeholders in a template that are not ours (a typo would otherwise reach customers as "{refrence}"). */
export function unknownPlaceholders(template: string): string[] {
  const used = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
  return used.filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
}

/** The playbook's text in the customer's language, else in the other one it has. */
export function renderPlaybookText(
  templates: Partial<Record<Locale, string>>,
  locale: Locale,
  values: Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>,
): string {
  const template =
    templates[locale] ?? LOCALES.map((other) => templates[other]).find((text) => text !== undefined) ?? '';
  return template.replace(/\{(reference|compensation)\}/g, (_, name: keyof typeof values) => values[name]);
}

/**
 * The grant a playbook authorised in advance: paid on receipt, never above the fixed limit (a limit lowered after
 * the playbook was written still caps it). The period budget still applies (applyBudget).
 */
export function playbookCompensation(amount: number, limits: CompensationLimits): CompensationDecision {
  return { granted: Math.min(amount, limits.limit), currency: limits.currency, basis: 'playbook', review: null };
}
