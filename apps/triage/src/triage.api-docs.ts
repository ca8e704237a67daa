import {
  ApiDocsOptions,
  bearerAuth,
  DEAD_LETTERS_API_TAG,
  OPS_API_AUTH,
  REPORT_READER_AUTH_DESCRIPTION,
} from '@redress/platform';

/** Triage's OpenAPI document: served at /docs, written to docs/openapi/triage.json by `npm run docs:openapi`. */
export const TRIAGE_API_DOCS: ApiDocsOptions = {
  service: 'triage',
  title: 'Redress triage',
  description:
    "The committee finds what caused complaints: its agenda of root causes under review, votes and the chair's " +
    'decisions, merging root causes and moving complaints between them, the roster, and the trends of complaint causes.',
  tags: {
    ...DEAD_LETTERS_API_TAG,
    committee: 'The agenda, the roster and who a token belongs to, for committee members',
    rootcauses: 'Root causes: read, vote, decide, merge, and move complaints between them',
    trends: 'Complaint counts per category and week, open like a wall chart',
    reports: 'Complaints by category and status, and one by one, for supervisors and department heads (JSON or CSV)',
  },
  auth: {
    ops: OPS_API_AUTH,
    member: bearerAuth("A committee member's token (the chair adds members and is shown their token once)"),
    'report-reader': bearerAuth(REPORT_READER_AUTH_DESCRIPTION),
  },
};

/** What every member route may answer without a member's token. */
export const MEMBER_ERRORS = {
  401: { description: "No bearer token, or not a current member's", message: 'Unknown member token' },
} as const;

/** What a route only the chair may use answers anyone else. */
export const CHAIR_ONLY = {
  description: 'Only the chair may do this',
  message: 'Only the committee chair may decide a root cause',
} as const;
