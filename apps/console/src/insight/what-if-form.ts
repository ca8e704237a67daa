/** The what-if form's fields, as the page names them. */
export const WHAT_IF_FIELDS = [
  'from',
  'to',
  'limit',
  'outraged',
  'upset',
  'mild',
  'monthlyBudget',
  'reviewOverLimit',
  'maxWait',
] as const;
export type WhatIfValues = Record<(typeof WHAT_IF_FIELDS)[number], string>;

/**
 * The body of `POST /compensations/what-if` from the form as typed. A field left empty is left out (the policy in
 * force); the notifier checks the rest and names what it refuses. A decimal comma and spaces between digit groups
 * ("1 500,50") are read as a reader in Russian writes them; anything else goes as typed, for the notifier to refuse.
 */
export function whatIfRequest(values: WhatIfValues): object {
  const policy: Record<string, unknown> = {};
  if (values.limit.trim()) policy.limit = decimal(values.limit);
  if (values.monthlyBudget.trim()) policy.monthlyBudget = decimal(values.monthlyBudget);
  // The three shares go together: one typed and another left empty is refused beside the empty one.
  if ([values.outraged, values.upset, values.mild].some((value) => value.trim()))
    policy.percentages = {
      outraged: percentage(values.outraged),
      upset: percentage(values.upset),
      mild: percentage(values.mild),
    };
  if (values.reviewOverLimit === 'yes') policy.reviewOverLimit = true;
  if (values.reviewOverLimit === 'no') policy.reviewOverLimit = false;
  if (values.maxWait.trim()) policy.maxWait = values.maxWait.trim();
  return { from: values.from.trim(), to: values.to.trim(), policy };
}

/** The form field a notifier's error names (`policy.percentages.upset` is `upset`), or null for none of them. */
export function formFieldOf(serviceField: string): string | null {
  const name = serviceField.replace(/^policy\./, '').replace(/^percentages\./, '');
  if (name === 'percentages') return 'outraged';
  return (WHAT_IF_FIELDS as readonly string[]).includes(name) ? name : null;
}

function decimal(text: string): string {
  return text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
}

/** A number when it reads as one, else the text for the notifier to refuse ("" as missing). */
function percentage(text: string): number | string {
  const typed = decimal(text);
  return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed;
}
