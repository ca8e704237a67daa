/**
 * The types of escalation's HTTP routes for libs/http-api, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: `npm run docs:openapi` writes this file, and a test fails when it is stale.
 */

export interface paths {
    "/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your department's assignments
         * @description The caller's department's assignments, newest first, optionally of one `status`.
         */
        get: operations["ListAssignmentsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an assignment
         * @description One of the caller's department's assignments, with its resolution and its history of levels and owners.
         */
        get: operations["GetAssignmentHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an assignment
         * @description The owner who has it, or anyone above them on the chain, takes it on; its acknowledge deadline stops. Acknowledging again changes nothing and answers the same.
         */
        post: operations["AcknowledgeAssignmentHttpController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an assignment
         * @description With the three deliverables: the measures taken, the report on the causes, and how to eliminate them. Every affected customer is then told and compensated.
         */
        post: operations["ResolveAssignmentHttpController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a waiting assignment
         * @description Starts the clock again: both deadlines, and the warnings before them, move on by the working time the pause took.
         */
        post: operations["PauseAssignmentHttpController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait on an outside party
         * @description Stops the assignment's clock while an outside party holds things up: no deadline or warning falls due meanwhile. All pauses together may last ESCALATION_MAX_PAUSE; then the clock starts again by itself.
         */
        post: operations["PauseAssignmentHttpController_wait"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignments/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List overdue assignments
         * @description Unresolved assignments that breached at the top of their chain, then those whose next deadline falls within ESCALATION_NEAR_BREACH: an owner sees their department's, the admin token every department's.
         */
        get: operations["ListOverdueHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dead letters
         * @description The messages this service's consumer parked on its dead-letter topic, newest first, with where they came from, why they failed and whether they were replayed; never their content (it carries personal data).
         */
        get: operations["DeadLettersHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay one dead letter
         * @description Republishes the dead letter to the topic and partition it came from, unless it was replayed before: asking again republishes nothing and answers the same letter.
         */
        post: operations["DeadLettersHttpController_replayOne"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay every pending dead letter
         * @description Republishes every dead letter not replayed yet to the topic and partition it came from.
         */
        post: operations["DeadLettersHttpController_replayAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the directory
         * @description Every department with its chain and service levels, by id: who to turn to is no secret inside the company.
         */
        get: operations["ListDepartmentsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a department
         * @description Its name and whole chain, and optionally its calendar and deadlines per severity. Owners listed by `id` stay with their tokens; new ones get tokens in this answer only; owners left out leave the chain. Open assignments keep their level and owner. The admin token, or the owner at the top of the chain as it is now.
         */
        put: operations["EditDepartmentHttpController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List callbacks
         * @description Callbacks owed to customers who gave a low rating, soonest due first: an owner sees their department's, the admin all.
         */
        get: operations["ListFollowUpsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a callback
         * @description One of the caller's department's callbacks (any, for the admin).
         */
        get: operations["ListFollowUpsHttpController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a callback
         * @description What came of the call; the customer's number is forgotten and the complaint can close.
         */
        post: operations["CompleteFollowUpHttpController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a callback's contact
         * @description The phone number and the customer's clock, to an owner of the department that owes the call; every answer that shows a number is written to the audit log.
         */
        get: operations["GetCallbackContactHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who an ops token is
         * @description Says whether the token is an ops token, and names it by its hash.
         */
        get: operations["DeadLettersHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owners/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description An owner with department and level, or the admin.
         */
        get: operations["GetPrincipalHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what is late across departments
         * @description Unresolved assignments that breached at the top of their chain, then those overdue or whose next deadline falls within ESCALATION_NEAR_BREACH, each with department, level, holder and when it was assigned. A supervisor and the admin token (ESCALATION_ADMIN_TOKEN) read every department's, or the one asked for; a department head (level 2 and up) their own.
         */
        get: operations["LateReportHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the service-level report
         * @description How the assignments created in the period kept their deadlines: in total, by department and by owner, with the times to acknowledge and to resolve (p50, p90, in seconds). A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).
         */
        get: operations["SlaReportHttpController_sla[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sla.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the service-level report
         * @description How the assignments created in the period kept their deadlines: in total, by department and by owner, with the times to acknowledge and to resolve (p50, p90, in seconds). A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).
         */
        get: operations["SlaReportHttpController_sla[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AssignmentDetailView: {
            /**
             * Format: date-time
             * @example 2026-11-23T12:30:00.000Z
             */
            acknowledgedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T15:00:00.000Z
             */
            acknowledgeDueAt: string;
            /**
             * @description Missed a deadline at the top of its chain
             * @example false
             */
            breached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            breachedAt: string | null;
            /** @enum {string|null} */
            breachReason: "acknowledge-overdue" | "resolve-overdue" | null;
            /**
             * @description The cause the committee identified
             * @example Couriers overbooked
             */
            cause: string;
            /** @example 4 */
            complaintCount: number;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            createdAt: string;
            /** @example logistics */
            department: string;
            /** @description Every hand-over and action, oldest first: which level and owner had it when, and why it moved on */
            history: components["schemas"]["AssignmentHistoryView"][];
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b
             */
            id: string;
            /**
             * @description The level on the chain that has it now
             * @example 1
             */
            level: number;
            /**
             * Format: date-time
             * @description The deadline the timer watches next; null once resolved or breached on both
             * @example 2026-11-28T11:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description Who has it now */
            owner: components["schemas"]["OwnerRefView"];
            /** @description The three deliverables, once resolved */
            resolution: components["schemas"]["ResolutionView"] | null;
            /**
             * Format: date-time
             * @example 2026-11-27T16:45:00.000Z
             */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            resolveDueAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "acknowledged" | "resolved";
            /** @description While it waits on an outside party (its clock stopped): whom, why and since when; else null */
            waiting: components["schemas"]["WaitingView"] | null;
        };
        AssignmentHistoryView: {
            /**
             * Format: date-time
             * @example 2026-11-23T15:00:00.000Z
             */
            acknowledgeDueAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            at: string;
            /**
             * @example escalated
             * @enum {string}
             */
            event: "created" | "escalated" | "breached" | "acknowledged" | "resolved" | "waiting" | "resumed";
            /** @example 2 */
            level: number;
            owner: components["schemas"]["OwnerRefView"];
            /**
             * @description Why it moved on, if it did
             * @example acknowledge-overdue
             */
            reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            resolveDueAt: string | null;
        };
        AssignmentSummaryPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["AssignmentSummaryView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        AssignmentSummaryView: {
            /**
             * Format: date-time
             * @example 2026-11-23T12:30:00.000Z
             */
            acknowledgedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T15:00:00.000Z
             */
            acknowledgeDueAt: string;
            /**
             * @description Missed a deadline at the top of its chain
             * @example false
             */
            breached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            breachedAt: string | null;
            /** @enum {string|null} */
            breachReason: "acknowledge-overdue" | "resolve-overdue" | null;
            /**
             * @description The cause the committee identified
             * @example Couriers overbooked
             */
            cause: string;
            /** @example 4 */
            complaintCount: number;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            createdAt: string;
            /** @example logistics */
            department: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b
             */
            id: string;
            /**
             * @description The level on the chain that has it now
             * @example 1
             */
            level: number;
            /**
             * Format: date-time
             * @description The deadline the timer watches next; null once resolved or breached on both
             * @example 2026-11-28T11:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description Who has it now */
            owner: components["schemas"]["OwnerRefView"];
            /**
             * Format: date-time
             * @example 2026-11-27T16:45:00.000Z
             */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            resolveDueAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "acknowledged" | "resolved";
            /** @description While it waits on an outside party (its clock stopped): whom, why and since when; else null */
            waiting: components["schemas"]["WaitingView"] | null;
        };
        CalendarRequest: {
            /**
             * @description Critical root causes count nights, days off and holidays too
             * @example true
             */
            criticalIgnoresHours?: boolean;
            /**
             * @description Local dates, YYYY-MM-DD
             * @example [
             *       "2026-12-31"
             *     ]
             */
            holidays?: string[];
            /** @description Hours per weekday; a day left out is not worked */
            hours: components["schemas"]["WeekHoursRequest"];
            /**
             * @description An IANA time zone
             * @example Europe/Moscow
             */
            timeZone: string;
        };
        CalendarView: {
            /**
             * @description Local dates, YYYY-MM-DD
             * @example [
             *       "2026-12-31"
             *     ]
             */
            holidays: string[];
            hours: components["schemas"]["WeekHoursView"];
            /** @example Europe/Moscow */
            timeZone: string;
        };
        CallbackContactView: {
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b
             */
            complaintId: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d
             */
            followUpId: string;
            /**
             * @description The time now on the customer's clock
             * @example 14:05
             */
            localTime: string;
            /**
             * @description Whether the callback is still owed. The phone number is read from the complaint in intake.
             * @example true
             */
            open: boolean;
            /**
             * @description The customer's time zone (UTC when unknown)
             * @example Europe/Moscow
             */
            timeZone: string;
            /** @description When the customer may be called */
            window: components["schemas"]["CallWindowView"] | null;
            /**
             * @description Whether now is inside the window; true without one
             * @example true
             */
            withinWindow: boolean;
        };
        CallWindowView: {
            /** @example 09:00 */
            from: string;
            /** @example 20:00 */
            to: string;
        };
        ChainLevelRequest: {
            /** @example oleg@example.com */
            email?: string;
            /**
             * Format: uuid
             * @description An owner already on this department's chain, kept with their token; omit for a new person
             * @example 2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d
             */
            id?: string;
            /** @example Oleg Smirnov */
            name: string;
        };
        ChainOwnerView: {
            /** @example oleg@example.com */
            email: string | null;
            /**
             * Format: uuid
             * @example 2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @description Level 1 is the owner, 2 the head, ...
             * @example 1
             */
            level: number;
            /** @example Oleg Smirnov */
            name: string;
        };
        CompleteFollowUpRequest: {
            /**
             * @description What was agreed or tried
             * @example Agreed a refund of the delivery fee
             */
            note: string;
            /**
             * @description The customer was reached, or could not be
             * @enum {string}
             */
            outcome: "reached" | "unreachable";
        };
        DeadLetterPageView: {
            /**
             * @description What `pending` and `replayed` count: `topic`, every letter on the topic (each partition was read from its start); `window`, only the newest ones this page read, from its window to the end of each partition
             * @example window
             * @enum {string}
             */
            countsAreOf: "topic" | "window";
            /** @description At most `limit` dead letters, newest first */
            items: components["schemas"]["DeadLetterView"][];
            /**
             * @description How many messages of the topic (letters and replay markers) the broker sent to read this page: bounded by the page size and how deep the page is, not by the size of the topic
             * @example 120
             */
            messagesRead: number;
            /**
             * @description Pass as `cursor` for the next page; null on the last page. It holds where each partition goes on, so a letter parked meanwhile never shifts the pages
             * @example MDoxNywxOjQwMiwyOjk
             */
            nextCursor: string | null;
            /**
             * @description Dead letters not replayed yet among those counted (see `countsAreOf`)
             * @example 3
             */
            pending: number;
            /**
             * @description Dead letters already replayed among those counted (see `countsAreOf`)
             * @example 1
             */
            replayed: number;
            /**
             * @description The service whose dead letters these are
             * @example triage
             * @enum {string}
             */
            service: "intake" | "triage" | "escalation" | "notifier";
        };
        DeadLetterView: {
            /**
             * @description Attempts made before it was parked
             * @example 4
             */
            attempts: number;
            /**
             * @description The last error, as the consumer logged it
             * @example relation "x" does not exist
             */
            error: string;
            /**
             * @description The event's id, when the value is an event
             * @example 0b4f4a8e-4b7e-4d6b-9d8c-2a1f5e0c9b11
             */
            eventId: string | null;
            /**
             * @description The event type, when the value is an event
             * @example complaint.received
             */
            eventType: string | null;
            /**
             * @description Partition and offset in the dead-letter topic: what replay names
             * @example 0:17
             */
            id: string;
            /**
             * @description The message key: the aggregate id
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            key: string | null;
            /**
             * @description Partition and offset it was consumed from
             * @example 2:1044
             */
            origin: string;
            /**
             * @description The topic it was consumed from
             * @example complaint.received
             */
            originalTopic: string;
            /**
             * @description When it was parked (ISO-8601)
             * @example 2026-12-06T21:14:03.120Z
             */
            parkedAt: string;
            /**
             * @description Why: `poison` (unreadable or invalid), `handler-failed` (kept failing) and the like
             * @example handler-failed
             */
            reason: string;
            /**
             * @description Whether it has been replayed to its original topic
             * @example false
             */
            replayed: boolean;
        };
        DepartmentDetailPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["DepartmentDetailView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        DepartmentDetailView: {
            /** @description The escalation chain, level 1 first (tokens are never shown again) */
            chain: components["schemas"]["ChainOwnerView"][];
            /** @example logistics */
            id: string;
            /** @example Logistics */
            name: string;
            sla: components["schemas"]["SlaPolicyView"];
            /**
             * Format: date-time
             * @example 2026-11-01T09:00:00.000Z
             */
            updatedAt: string;
        };
        EditDepartmentRequest: {
            /** @description When deadlines count; kept when left out, around the clock (UTC) when null */
            calendar?: components["schemas"]["CalendarRequest"] | null;
            /** @description The whole chain, level 1 first */
            chain: components["schemas"]["ChainLevelRequest"][];
            /** @example Logistics */
            name: string;
            /** @description Deadlines per severity; kept when left out, the settings' defaults when null */
            serviceLevels?: components["schemas"]["ServiceLevelsRequest"] | null;
        };
        EditedDepartmentView: {
            /** @description The escalation chain, level 1 first (tokens are never shown again) */
            chain: components["schemas"]["ChainOwnerView"][];
            /** @example logistics */
            id: string;
            /** @example Logistics */
            name: string;
            /** @description The owners this edit added, with their tokens; owners kept by id keep theirs */
            newOwners: components["schemas"]["NewOwnerView"][];
            sla: components["schemas"]["SlaPolicyView"];
            /**
             * Format: date-time
             * @example 2026-11-01T09:00:00.000Z
             */
            updatedAt: string;
        };
        ErrorResponse: {
            /**
             * @description On some 403 and 409 answers: the domain rule that refused the request, stable for programs to test
             * @example ASSIGNMENT.NOT_ACKNOWLEDGED
             */
            code?: string;
            /**
             * @description The status's reason phrase
             * @example Bad Request
             */
            error?: string;
            /** @description On a 400: every field at fault, with its reason */
            errors?: components["schemas"]["FieldErrorView"][];
            /**
             * @description What went wrong, for a person to read
             * @example The request is invalid
             */
            message: string;
            /**
             * @description The HTTP status again; absent from the domain refusals that carry a `code` instead
             * @example 400
             */
            statusCode?: number;
        };
        FieldErrorView: {
            /**
             * @description The field, header or parameter, dotted for nested fields
             * @example customer.phone
             */
            field: string;
            /** @example must be an E.164 phone number such as +79161234567 */
            reason: string;
        };
        FollowUpDetailPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["FollowUpDetailView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        FollowUpDetailView: {
            /**
             * Format: date-time
             * @example 2026-11-26T10:00:00.000Z
             */
            breachedAt: string | null;
            /** @example Still late this week. */
            comment: string | null;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /**
             * Format: date-time
             * @example 2026-11-25T14:20:00.000Z
             */
            completedAt: string | null;
            /** @example customer-care */
            department: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:00:00.000Z
             */
            dueAt: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d
             */
            id: string;
            /** @example 1 */
            level: number;
            /** @example Agreed a refund of the delivery fee */
            note: string | null;
            /** @enum {string|null} */
            outcome: "reached" | "unreachable" | null;
            /** @example false */
            overdue: boolean;
            owner: components["schemas"]["OwnerRefView"];
            /**
             * @description The customer's rating
             * @example 1
             */
            rating: number;
            /**
             * @description Why the customer rated it low
             * @enum {string|null}
             */
            reason: "not-fixed" | "too-slow" | "compensation" | "communication" | "other" | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:00:00.000Z
             */
            requestedAt: string;
            /** @enum {string} */
            status: "open" | "done";
        };
        NewOwnerView: {
            /**
             * Format: uuid
             * @example 2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /** @example 3 */
            level: number;
            /** @example Maria Kuznetsova */
            name: string;
            /**
             * @description The owner's token, shown only in this answer
             * @example ro_9fd...
             */
            token: string;
        };
        OpeningHoursRequest: {
            /** @example 09:00 */
            from: string;
            /**
             * @description After `from`
             * @example 18:00
             */
            to: string;
        };
        OpeningHoursView: {
            /** @example 09:00 */
            from: string;
            /** @example 18:00 */
            to: string;
        };
        OpsPersonView: {
            /**
             * @description The first hex digits of the token's SHA-256: names it without showing it
             * @example 3fa94c0e12ab
             */
            id: string;
            /**
             * @example ops
             * @enum {string}
             */
            kind: "ops";
        };
        OverdueAssignmentPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["OverdueAssignmentView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        OverdueAssignmentView: {
            /**
             * Format: date-time
             * @example 2026-11-23T12:30:00.000Z
             */
            acknowledgedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T15:00:00.000Z
             */
            acknowledgeDueAt: string;
            /**
             * @description `breached`: missed a deadline at the top of its chain; `overdue`: its deadline passed and it is escalating; `near-breach`: its next deadline is near
             * @enum {string}
             */
            attention: "breached" | "overdue" | "near-breach";
            /**
             * Format: date-time
             * @description When it breached, or when its next deadline falls
             * @example 2026-11-23T15:00:00.000Z
             */
            attentionAt: string;
            /**
             * @description Missed a deadline at the top of its chain
             * @example false
             */
            breached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            breachedAt: string | null;
            /** @enum {string|null} */
            breachReason: "acknowledge-overdue" | "resolve-overdue" | null;
            /**
             * @description The cause the committee identified
             * @example Couriers overbooked
             */
            cause: string;
            /** @example 4 */
            complaintCount: number;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            createdAt: string;
            /** @example logistics */
            department: string;
            /**
             * Format: uuid
             * @example 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b
             */
            id: string;
            /**
             * @description The level on the chain that has it now
             * @example 1
             */
            level: number;
            /**
             * Format: date-time
             * @description The deadline the timer watches next; null once resolved or breached on both
             * @example 2026-11-28T11:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description Who has it now */
            owner: components["schemas"]["OwnerRefView"];
            /**
             * Format: date-time
             * @example 2026-11-27T16:45:00.000Z
             */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T11:00:00.000Z
             */
            resolveDueAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "acknowledged" | "resolved";
            /** @description While it waits on an outside party (its clock stopped): whom, why and since when; else null */
            waiting: components["schemas"]["WaitingView"] | null;
        };
        OwnerRefView: {
            /**
             * Format: uuid
             * @example 2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /** @example Oleg Smirnov */
            name: string;
        };
        PrincipalView: {
            /**
             * @description Owners only
             * @example logistics
             */
            department?: string;
            /**
             * Format: uuid
             * @description Owners only
             * @example 2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d
             */
            id?: string;
            /**
             * @example owner
             * @enum {string}
             */
            kind: "owner" | "admin";
            /**
             * @description Owners only
             * @example 1
             */
            level?: number;
            /**
             * @description Owners only
             * @example Oleg Smirnov
             */
            name?: string;
        };
        ReplayView: {
            /** @description The dead letters this request republished (none when all were replayed before) */
            replayed: components["schemas"]["DeadLetterView"][];
        };
        ResolutionView: {
            /** @example Two more couriers on the evening shift */
            actionsTaken: string;
            /** @example Evening slots were sold beyond courier capacity */
            causeReport: string;
            /**
             * @description What customers were told was done; null: they read a neutral sentence
             * @example We added couriers to the evening shift.
             */
            customerSummary: string | null;
            /** @example Cap the slots sold at the couriers booked */
            eliminationProposal: string;
            resolvedBy: components["schemas"]["OwnerRefView"];
        };
        ResolveAssignmentRequest: {
            /**
             * @description The measures taken
             * @example Two more couriers on the evening shift
             */
            actionsTaken: string;
            /**
             * @description The report on the causes
             * @example Evening slots were sold beyond courier capacity
             */
            causeReport: string;
            /**
             * @description What customers read about the fix; without it they read a neutral sentence
             * @example We added couriers to the evening shift.
             */
            customerSummary?: string;
            /**
             * @description How to eliminate them
             * @example Cap the slots sold at the couriers booked
             */
            eliminationProposal: string;
        };
        ServiceLevelRequest: {
            /**
             * @description Working time, such as 30m, 4h or 5d
             * @example 4h
             */
            acknowledgeWithin: string;
            /**
             * @description Working time, such as 30m, 4h or 5d
             * @example 5d
             */
            resolveWithin: string;
        };
        ServiceLevelsRequest: {
            critical?: components["schemas"]["ServiceLevelRequest"];
            high?: components["schemas"]["ServiceLevelRequest"];
            low?: components["schemas"]["ServiceLevelRequest"];
            normal?: components["schemas"]["ServiceLevelRequest"];
        };
        ServiceLevelsView: {
            /**
             * @description Milliseconds of working time
             * @example 14400000
             */
            acknowledgeWithinMs: number;
            /**
             * @description Milliseconds of working time
             * @example 432000000
             */
            resolveWithinMs: number;
        };
        SeverityLevelsView: {
            critical: components["schemas"]["ServiceLevelsView"];
            high: components["schemas"]["ServiceLevelsView"];
            low: components["schemas"]["ServiceLevelsView"];
            normal: components["schemas"]["ServiceLevelsView"];
        };
        SlaDepartmentView: {
            /** @example 40 */
            acknowledged: number;
            /**
             * @description Acknowledged by the deadline of the level that did it
             * @example 36
             */
            acknowledgedInTime: number;
            /**
             * @description Median seconds from creation to acknowledgement; null when none was acknowledged
             * @example 5400
             */
            acknowledgeP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 21600
             */
            acknowledgeP90: number | null;
            /**
             * @description Assignments created in the period
             * @example 42
             */
            assignments: number;
            /**
             * @description Assignments that missed the deadline at the top
             * @example 1
             */
            breached: number;
            /** @example logistics */
            department: string;
            /**
             * @description Deadlines missed: each hand-over to the next level, and each breach at the top of the chain
             * @example 9
             */
            missedDeadlines: number;
            /** @example 31 */
            resolved: number;
            /**
             * @description Resolved by the deadline of the level that did it
             * @example 27
             */
            resolvedInTime: number;
            /**
             * @description Median seconds from creation to resolution; null when none was resolved
             * @example 259200
             */
            resolveP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 604800
             */
            resolveP90: number | null;
        };
        SlaFiguresView: {
            /** @example 40 */
            acknowledged: number;
            /**
             * @description Acknowledged by the deadline of the level that did it
             * @example 36
             */
            acknowledgedInTime: number;
            /**
             * @description Median seconds from creation to acknowledgement; null when none was acknowledged
             * @example 5400
             */
            acknowledgeP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 21600
             */
            acknowledgeP90: number | null;
            /**
             * @description Assignments created in the period
             * @example 42
             */
            assignments: number;
            /**
             * @description Assignments that missed the deadline at the top
             * @example 1
             */
            breached: number;
            /**
             * @description Deadlines missed: each hand-over to the next level, and each breach at the top of the chain
             * @example 9
             */
            missedDeadlines: number;
            /** @example 31 */
            resolved: number;
            /**
             * @description Resolved by the deadline of the level that did it
             * @example 27
             */
            resolvedInTime: number;
            /**
             * @description Median seconds from creation to resolution; null when none was resolved
             * @example 259200
             */
            resolveP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 604800
             */
            resolveP90: number | null;
        };
        SlaOwnerView: {
            /** @example 40 */
            acknowledged: number;
            /**
             * @description Acknowledged by the deadline of the level that did it
             * @example 36
             */
            acknowledgedInTime: number;
            /**
             * @description Median seconds from creation to acknowledgement; null when none was acknowledged
             * @example 5400
             */
            acknowledgeP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 21600
             */
            acknowledgeP90: number | null;
            /**
             * @description Assignments created in the period
             * @example 42
             */
            assignments: number;
            /**
             * @description Assignments that missed the deadline at the top
             * @example 1
             */
            breached: number;
            /** @example logistics */
            department: string;
            /**
             * @description Deadlines missed: each hand-over to the next level, and each breach at the top of the chain
             * @example 9
             */
            missedDeadlines: number;
            /**
             * @description Who holds (or last held) the assignments
             * @example Dana Whitfield
             */
            owner: string;
            /**
             * Format: uuid
             * @example 7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
             */
            ownerId: string;
            /** @example 31 */
            resolved: number;
            /**
             * @description Resolved by the deadline of the level that did it
             * @example 27
             */
            resolvedInTime: number;
            /**
             * @description Median seconds from creation to resolution; null when none was resolved
             * @example 259200
             */
            resolveP50: number | null;
            /**
             * @description 90th percentile of the same
             * @example 604800
             */
            resolveP90: number | null;
        };
        SlaPolicyView: {
            /** @description When deadlines count; null: around the clock, in UTC */
            calendar: components["schemas"]["CalendarView"] | null;
            /**
             * @description Critical root causes run on the wall clock, nights and holidays included
             * @example true
             */
            criticalIgnoresHours: boolean;
            /** @description Each severity's deadlines, the settings' when not its own */
            levels: components["schemas"]["SeverityLevelsView"];
        };
        SlaReportView: {
            byDepartment: components["schemas"]["SlaDepartmentView"][];
            /** @description By the owner who holds (or last held) each assignment */
            byOwner: components["schemas"]["SlaOwnerView"][];
            /**
             * @description The department reported on (a head's own); null: every department
             * @example logistics
             */
            department: string | null;
            /**
             * Format: date-time
             * @description Start, inclusive
             * @example 2026-11-01T00:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @description End, exclusive
             * @example 2026-12-01T00:00:00.000Z
             */
            to: string;
            /** @description All the assignments of the period */
            total: components["schemas"]["SlaFiguresView"];
        };
        WaitingView: {
            /**
             * @description The outside party
             * @example Courier partner FastShip
             */
            on: string;
            /**
             * @description What is awaited from them
             * @example Their route data for November
             */
            reason: string;
            /**
             * Format: date-time
             * @description Since when its clock is stopped
             * @example 2026-11-23T13:00:00.000Z
             */
            since: string;
        };
        WaitOnPartyRequest: {
            /**
             * @description What is awaited from them
             * @example Their route data for November, promised by Friday
             */
            reason: string;
            /**
             * @description The outside party the assignment waits on
             * @example Courier partner FastShip
             */
            waitingOn: string;
        };
        WeekHoursRequest: {
            fri?: components["schemas"]["OpeningHoursRequest"];
            mon?: components["schemas"]["OpeningHoursRequest"];
            sat?: components["schemas"]["OpeningHoursRequest"];
            sun?: components["schemas"]["OpeningHoursRequest"];
            thu?: components["schemas"]["OpeningHoursRequest"];
            tue?: components["schemas"]["OpeningHoursRequest"];
            wed?: components["schemas"]["OpeningHoursRequest"];
        };
        WeekHoursView: {
            fri?: components["schemas"]["OpeningHoursView"];
            mon?: components["schemas"]["OpeningHoursView"];
            sat?: components["schemas"]["OpeningHoursView"];
            sun?: components["schemas"]["OpeningHoursView"];
            thu?: components["schemas"]["OpeningHoursView"];
            tue?: components["schemas"]["OpeningHoursView"];
            wed?: components["schemas"]["OpeningHoursView"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListAssignmentsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only assignments with this status */
                status?: "open" | "acknowledged" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of your department's assignments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentSummaryPage"];
                };
            };
            /** @description A bad `status`, `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad `status`, `limit` or `cursor`: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, which reads but does not act for a department */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only an owner on a department chain may do this",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetAssignmentHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assignment */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailView"];
                };
            };
            /** @description `id` is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "reason": "id must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, which reads but does not act for a department */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only an owner on a department chain may do this",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's assignments */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AcknowledgeAssignmentHttpController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assignment */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment, acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailView"];
                };
            };
            /** @description `id` is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "reason": "id must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.ABOVE_YOUR_LEVEL",
                     *       "message": "The assignment is with level 2 of the chain now; you are level 1"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's assignments */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Already resolved (`code` ASSIGNMENT.RESOLVED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.RESOLVED",
                     *       "message": "The assignment is already resolved"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolveAssignmentHttpController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assignment */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveAssignmentRequest"];
            };
        };
        responses: {
            /** @description The assignment, resolved, with its deliverables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailView"];
                };
            };
            /** @description A bad id, or a deliverable missing, blank or too long: `errors` names every one */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "causeReport",
                     *           "reason": "causeReport (the report on the causes) is required and must not be blank"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.ABOVE_YOUR_LEVEL",
                     *       "message": "The assignment is with level 2 of the chain now; you are level 1"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's assignments */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not acknowledged yet, or already resolved (`code` ASSIGNMENT.NOT_ACKNOWLEDGED or ASSIGNMENT.RESOLVED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.NOT_ACKNOWLEDGED",
                     *       "message": "Acknowledge the assignment before resolving it"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Payload Too Large",
                     *       "message": "The body is over 64 KiB",
                     *       "statusCode": 413
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/json",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PauseAssignmentHttpController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assignment */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment with its moved deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailView"];
                };
            };
            /** @description A bad id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "reason": "id must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.ABOVE_YOUR_LEVEL",
                     *       "message": "The assignment is with level 2 of the chain now; you are level 1"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's assignments */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not waiting (`code` ASSIGNMENT.NOT_WAITING) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.NOT_WAITING",
                     *       "message": "The assignment is not waiting"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PauseAssignmentHttpController_wait: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assignment */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaitOnPartyRequest"];
            };
        };
        responses: {
            /** @description The assignment, its history ending with the pause */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailView"];
                };
            };
            /** @description A bad id, or `waitingOn` or `reason` missing or too long: `errors` names every one */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "waitingOn",
                     *           "reason": "waitingOn must be longer than or equal to 1 characters"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.ABOVE_YOUR_LEVEL",
                     *       "message": "The assignment is with level 2 of the chain now; you are level 1"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's assignments */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Resolved, already waiting, or its pauses used up (`code` ASSIGNMENT.RESOLVED, ASSIGNMENT.WAITING or ASSIGNMENT.PAUSE_USED_UP) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "ASSIGNMENT.WAITING",
                     *       "message": "The assignment is already waiting; resume it first"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Payload Too Large",
                     *       "message": "The body is over 64 KiB",
                     *       "statusCode": 413
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/json",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListOverdueHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of breached and nearly breached assignments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueAssignmentPage"];
                };
            };
            /** @description A bad `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad `limit` or `cursor`: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeadLettersHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only those waiting for a replay, only replayed, or both */
                state?: "pending" | "replayed" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of dead letters and the counts over the topic */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPageView"];
                };
            };
            /** @description A bad `state`, `limit` or `cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "state",
                     *           "reason": "state must be one of the following values: pending, replayed, all"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No ops token, or one not in OPS_TOKEN_HASHES */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown ops token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The broker did not answer: the service's dead-letter topic cannot be read or written now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The broker cannot be reached now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeadLettersHttpController_replayOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dead letter, as the list names it (`<partition>:<offset>`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter if this request republished it, else none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayView"];
                };
            };
            /** @description The id is not `<partition>:<offset>` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No ops token, or one not in OPS_TOKEN_HASHES */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown ops token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No dead letter at that place of the topic */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No dead letter 0:17",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The broker did not answer: the service's dead-letter topic cannot be read or written now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The broker cannot be reached now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeadLettersHttpController_replayAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was republished; empty when nothing was pending */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayView"];
                };
            };
            /** @description A query string or path that is not well-formed UTF-8; `errors` names the parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A query string or path that is not well-formed UTF-8; errors names the parameter",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No ops token, or one not in OPS_TOKEN_HASHES */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown ops token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The broker did not answer: the service's dead-letter topic cannot be read or written now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The broker cannot be reached now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListDepartmentsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of departments, with their chains and deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDetailPage"];
                };
            };
            /** @description A bad `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad `limit` or `cursor`: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EditDepartmentHttpController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The department's name */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditDepartmentRequest"];
            };
        };
        responses: {
            /** @description The department as saved, with the tokens of owners it added (shown this once) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditedDepartmentView"];
                };
            };
            /** @description A bad id or body: `errors` names each field (an owner listed twice, a bad calendar or duration) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "serviceLevels.high.acknowledgeWithin",
                     *           "reason": "must be a duration like 30m, 4h or 5d"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither the admin nor the top of this chain; only the admin creates a department */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the top of the logistics chain or the admin may edit it",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Payload Too Large",
                     *       "message": "The body is over 64 KiB",
                     *       "statusCode": 413
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/json",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListFollowUpsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only callbacks with this status */
                status?: "open" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of your department's callbacks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailPage"];
                };
            };
            /** @description A bad `status`, `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad `status`, `limit` or `cursor`: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListFollowUpsHttpController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The callback */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callback */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailView"];
                };
            };
            /** @description `id` is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "reason": "id must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's follow-ups */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompleteFollowUpHttpController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The callback */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFollowUpRequest"];
            };
        };
        responses: {
            /** @description The callback, done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailView"];
                };
            };
            /** @description A bad id or body, or a blank note: `errors` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad id or body, or a blank note: `errors` names the field",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, which reads but does not act for a department */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only an owner on a department chain may do this",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's follow-ups */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The callback was already recorded (`code` FOLLOW_UP.ALREADY_DONE) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FOLLOW_UP.ALREADY_DONE",
                     *       "message": "This callback was already made"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Payload Too Large",
                     *       "message": "The body is over 64 KiB",
                     *       "statusCode": 413
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/json",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetCallbackContactHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The callback */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's contact and when they may be called */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackContactView"];
                };
            };
            /** @description `id` is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "reason": "id must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The admin token, which reads but does not act for a department */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only an owner on a department chain may do this",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of your department's follow-ups */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeadLettersHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ops token is known */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpsPersonView"];
                };
            };
            /** @description A query string or path that is not well-formed UTF-8; `errors` names the parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A query string or path that is not well-formed UTF-8; errors names the parameter",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No ops token, or one not in OPS_TOKEN_HASHES */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown ops token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetPrincipalHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The owner (or the admin) the token belongs to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalView"];
                };
            };
            /** @description A query string or path that is not well-formed UTF-8; `errors` names the parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A query string or path that is not well-formed UTF-8; errors names the parameter",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current owner's or the admin's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LateReportHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description One department's (a head always reads their own); every department's when absent */
                department?: string;
                /** @description At most this many items */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, breached first, then by deadline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueAssignmentPage"];
                };
            };
            /** @description A bad `department`, `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "from",
                     *           "reason": "from must be before to"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's or owner's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: reports are for supervisors and department heads",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A level-1 owner, or a department head asking for another department's report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Reports are for supervisors and department heads (level 2 and up)",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service that keeps the token (notifier or escalation) cannot check it now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The notifier service cannot check this token now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SlaReportHttpController_sla[0]": {
        parameters: {
            query?: {
                /** @description Only this department (a department head always reads their own) */
                department?: string;
                /** @description Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone; 30 days before `to` by default */
                from?: string;
                /** @description End, exclusive: a day or an instant; now by default. At most 366 days after `from` */
                to?: string;
                /** @description Only complaints about this touchpoint */
                touchpoint?: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures of the period in total, by department and by owner. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReportView"];
                    /**
                     * @example group,department,ownerId,owner,assignments,acknowledged,acknowledgedInTime,resolved,resolvedInTime,missedDeadlines,breached,acknowledgeP50,acknowledgeP90,resolveP50,resolveP90
                     *     total,,,,42,40,36,31,27,9,1,5400,21600,259200,604800
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period (not a real date, `from` not before `to`, more than 366 days), or a `touchpoint`: escalation does not know touchpoints */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "from",
                     *           "reason": "from must be before to"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's or owner's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: reports are for supervisors and department heads",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A level-1 owner, or a department head asking for another department's report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Reports are for supervisors and department heads (level 2 and up)",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service that keeps the token (notifier or escalation) cannot check it now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The notifier service cannot check this token now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SlaReportHttpController_sla[1]": {
        parameters: {
            query?: {
                /** @description Only this department (a department head always reads their own) */
                department?: string;
                /** @description Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone; 30 days before `to` by default */
                from?: string;
                /** @description End, exclusive: a day or an instant; now by default. At most 366 days after `from` */
                to?: string;
                /** @description Only complaints about this touchpoint */
                touchpoint?: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures of the period in total, by department and by owner. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReportView"];
                    /**
                     * @example group,department,ownerId,owner,assignments,acknowledged,acknowledgedInTime,resolved,resolvedInTime,missedDeadlines,breached,acknowledgeP50,acknowledgeP90,resolveP50,resolveP90
                     *     total,,,,42,40,36,31,27,9,1,5400,21600,259200,604800
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period (not a real date, `from` not before `to`, more than 366 days), or a `touchpoint`: escalation does not know touchpoints */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "errors": [
                     *         {
                     *           "field": "from",
                     *           "reason": "from must be before to"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's or owner's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: reports are for supervisors and department heads",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A level-1 owner, or a department head asking for another department's report */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Reports are for supervisors and department heads (level 2 and up)",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure: logged with its stack, and the body says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Internal server error",
                     *       "statusCode": 500
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service that keeps the token (notifier or escalation) cannot check it now */
            503: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Service Unavailable",
                     *       "message": "The notifier service cannot check this token now; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
