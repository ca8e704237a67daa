/**
 * The services' public HTTP types, generated from their OpenAPI documents (docs/openapi/, `npm run docs:openapi`):
 * the one place the console, the demo and the scripts learn what a route answers. A change to a service's answer
 * shows up here as a changed document first, so nobody compiles against a service's internals by accident.
 */
import type { components as EscalationComponents } from './generated/escalation.openapi';
// Intake's types are the TypeScript client's, generated once for client systems and for the console alike.
import type { components as IntakeComponents } from '../../../clients/typescript/src/intake.openapi';
import type { components as NotifierComponents } from './generated/notifier.openapi';
import type { components as TriageComponents } from './generated/triage.openapi';

export type { paths as IntakePaths } from '../../../clients/typescript/src/intake.openapi';
export type { paths as TriagePaths } from './generated/triage.openapi';
export type { paths as EscalationPaths } from './generated/escalation.openapi';
export type { paths as NotifierPaths } from './generated/notifier.openapi';

type Intake = IntakeComponents['schemas'];
type Triage = TriageComponents['schemas'];
type Escalation = EscalationComponents['schemas'];
type Notifier = NotifierComponents['schemas'];

/** intake: `GET /complaints/:id`. */
export type ComplaintView = Intake['ComplaintView'];
/** intake: `GET /staff/complaints` (items). */
export type ComplaintMatch = Intake['ComplaintMatchView'];

/** triage: `GET /committee/me`. */
export type CommitteeMember = Triage['CommitteeMemberView'];
/** triage: `GET /committee/agenda` and one of its items. */
export type Agenda = Triage['AgendaView'];
export type AgendaItem = Triage['AgendaItemView'];
/** triage: `GET /rootcauses/:id`, and what followed a fix. */
export type RootCauseView = Triage['RootCauseDetailView'];
export type Effectiveness = Triage['EffectivenessView'];

/** escalation: `GET /owners/me`. */
export type Principal = Escalation['PrincipalView'];
/** escalation: `GET /assignments` (items) and `GET /assignments/:id`. */
export type AssignmentSummary = Escalation['AssignmentSummaryView'];
export type AssignmentView = Escalation['AssignmentDetailView'];
/** escalation: `GET /assignments/overdue` (items). */
export type OverdueAssignment = Escalation['OverdueAssignmentView'];
/** escalation: `GET /follow-ups/:id` and `GET /follow-ups/:id/contact`. */
export type FollowUpView = Escalation['FollowUpDetailView'];
export type CallbackContact = Escalation['CallbackContactView'];

/** notifier: `GET /supervisors/me`. */
export type Supervisor = Notifier['SupervisorView'];
/** notifier: `GET /compensations` (items), `GET /notifications` (items) and `GET /playbooks/:id`. */
export type CompensationView = Notifier['CompensationDetailView'];
export type NotificationView = Notifier['NotificationDetailView'];
export type PlaybookView = Notifier['PlaybookDetailView'];
/** notifier: `GET /notices/mine` (items) and `GET`/`PUT /staff/me`. */
export type NoticeView = Notifier['NoticeDoc'];
export type StaffProfileView = Notifier['StaffProfileDoc'];

/** Insight (issue 28): notifier `POST /compensations/what-if`; the reports of escalation, the notifier and triage. */
export type WhatIfView = Notifier['WhatIfView'];
export type WhatIfFigures = Notifier['WhatIfFiguresView'];
export type SlaReport = Escalation['SlaReportView'];
export type SatisfactionReport = Notifier['SatisfactionReportView'];
export type CategoryReport = Triage['CategoryReportView'];
/** every service, alike: `GET /ops/me`, `GET /dead-letters`, and what a replay answers. */
export type OpsPerson = Intake['OpsPersonView'];
export type DeadLetterPage = Intake['DeadLetterPageView'];
export type DeadLetter = Intake['DeadLetterView'];
export type DeadLetterReplay = Intake['ReplayView'];
/** intake: `GET /admin/me`, `GET /admin/client-systems` (items) and a rotation's answer. */
export type IntakeAdmin = Intake['AdminView'];
export type ClientSystem = Intake['ClientSystemView'];
export type RotatedClientKey = Intake['RotatedKeyView'];
/** escalation: `GET /departments` (items) and what `PUT /departments/{id}` answers. */
export type Department = Escalation['DepartmentDetailView'];
export type EditedDepartment = Escalation['EditedDepartmentView'];
/** triage: `GET /committee/members` and what adding a member answers. */
export type Roster = Triage['RosterView'];
export type NewMember = Triage['NewMemberView'];
/** notifier: `GET /playbooks` (items). */
export type Playbook = Notifier['PlaybookDetailView'];
