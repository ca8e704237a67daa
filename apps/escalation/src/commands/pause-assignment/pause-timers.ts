/** The timer that ends a pause by itself once the assignment has waited ESCALATION_MAX_PAUSE in all (subject: its id). */
export const AUTO_RESUME_TIMER = 'assignment-auto-resume';
