/**
 * The types of triage's HTTP routes for libs/http-api, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: `npm run docs:openapi` writes this file, and a test fails when it is stale.
 */

export interface paths {
    "/committee/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the agenda
         * @description The root causes under review, the heaviest first (complaints weighted by dissatisfaction), a page at a time; the first page also lists the causes fixed lately with whether the fix worked.
         */
        get: operations["GetAgendaHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/committee/chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the chair over (the chair's)
         * @description Another current member chairs from now on.
         */
        post: operations["ManageCommitteeHttpController_handOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/committee/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the departments
         * @description The departments a vote or a decision may name (from the rules file): what a vote form offers.
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
    "/committee/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The member the token belongs to, and whether they chair.
         */
        get: operations["ManageCommitteeHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/committee/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the roster
         * @description Every current member, the chair first, and the quorum.
         */
        get: operations["ManageCommitteeHttpController_roster"];
        put?: never;
        /**
         * Add a member (the chair's)
         * @description A department's representative joins; their token is in this answer only. At most 100 members.
         */
        post: operations["ManageCommitteeHttpController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/committee/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (the chair's)
         * @description Their token stops working; their votes on root causes still under review go with them.
         */
        delete: operations["ManageCommitteeHttpController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{complaintId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a complaint to another root cause (the chair's)
         * @description Both root causes' counts follow, and a new `rootcause.complaint-linked` tells every service where the complaint is now. The last complaint of an open root cause cannot leave it: merge that root cause instead.
         */
        post: operations["MoveComplaintHttpController_move"];
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
    "/reports/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read complaints by category and status
         * @description Complaints received in the period by category and by their root cause's status, with the totals of each. A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per category and status).
         */
        get: operations["CategoryReportHttpController_categories[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/categories.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read complaints by category and status
         * @description Complaints received in the period by category and by their root cause's status, with the totals of each. A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per category and status).
         */
        get: operations["CategoryReportHttpController_categories[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the complaints of a period
         * @description The complaints received in the period one by one, oldest first, streamed from a database cursor: a year takes no more memory than a day. A failure mid-way cuts the answer short (a short CSV, or JSON that does not parse). A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv`.
         */
        get: operations["CategoryReportHttpController_complaints[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/complaints.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the complaints of a period
         * @description The complaints received in the period one by one, oldest first, streamed from a database cursor: a year takes no more memory than a day. A failure mid-way cuts the answer short (a short CSV, or JSON that does not parse). A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv`.
         */
        get: operations["CategoryReportHttpController_complaints[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rootcauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List root causes
         * @description Every root cause, or those of one `status`, newest first, a page at a time.
         */
        get: operations["ListRootCausesHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rootcauses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a root cause
         * @description With its votes, its decision, its recurrences, whether its fix worked, and a page of its complaints.
         */
        get: operations["GetRootCauseHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rootcauses/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a root cause (the chair's)
         * @description The chair may decide at any time while the root cause is under review; it is identified at once.
         */
        post: operations["DecideRootCauseHttpController_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rootcauses/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a root cause into another (the chair's)
         * @description A root cause under review is closed as `merged` at once; its complaints follow within moments, in batches, each with a `rootcause.complaint-linked` naming where it came from.
         */
        post: operations["MergeRootCausesHttpController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rootcauses/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote on a root cause
         * @description A member's view of the cause and the department that should own it: one vote per member, changeable until the root cause is decided. When a quorum agrees on a department, the cause is identified at once.
         */
        post: operations["CastVoteHttpController_vote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the trends
         * @description Complaints per category per week, root causes opened and resolved per week, and the fixes: where to act.
         */
        get: operations["GetTrendsHttpController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trends.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * See the trends chart
         * @description The same as GET /trends, drawn as an SVG line chart with each fix marked on its category.
         */
        get: operations["GetTrendsHttpController_svg"];
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
        AddMemberRequest: {
            /**
             * @description The department the member represents
             * @example quality
             */
            department: string;
            /** @example Pavel Orlov */
            name: string;
        };
        AgendaItemView: {
            /** @example late-delivery */
            category: string;
            /** @example 4 */
            complaintCount: number;
            /**
             * @description What the latest few customers wrote, for a first look
             * @example [
             *       "The courier came two hours late",
             *       "Delivered after the slot again"
             *     ]
             */
            excerpts: string[];
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            id: string;
            /**
             * @description Complaints weighted by dissatisfaction (outraged 3, upset 2, mild 1): the agenda's order
             * @example 10
             */
            impact: number;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.000Z
             */
            openedAt: string;
            /**
             * Format: uuid
             * @description Set when this is a resolved cause come back: the committee looks again at what was decided then
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            recurrenceOf: string | null;
            /**
             * Format: date-time
             * @description When the deadline decides
             * @example 2026-11-26T10:15:01.000Z
             */
            reviewDueAt: string | null;
            /**
             * Format: date-time
             * @description When complaints of this category last came in far above their usual (category.spike-detected); null: never
             * @example 2026-11-24T08:00:00.000Z
             */
            spikeDetectedAt: string | null;
            /** @description The categorisation rules' suggestion */
            suggestion: components["schemas"]["SuggestionView"];
            /** @example delivery */
            touchpoint: string;
            /**
             * @description Votes cast so far
             * @example 2
             */
            votes: number;
        };
        AgendaView: {
            items: components["schemas"]["AgendaItemView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
            /** @description On the first page only: causes resolved within the effectiveness weeks, the latest first (at most 10) */
            recentlyResolved: components["schemas"]["RecentlyResolvedView"][];
        };
        CastVoteRequest: {
            /** @example Couriers overbooked */
            cause: string;
            /**
             * @description One of GET /committee/departments
             * @example logistics
             */
            department: string;
        };
        CastVoteResultView: {
            /** @description Set when this vote completed the quorum */
            decision: components["schemas"]["IdentifiedRootCauseView"] | null;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @description `identified` when this vote completed the quorum
             * @enum {string}
             */
            status: "under-review" | "identified";
            /** @description The member's vote as recorded */
            vote: components["schemas"]["CastVoteView"];
        };
        CastVoteView: {
            /**
             * Format: date-time
             * @example 2026-11-23T10:40:00.000Z
             */
            castAt: string;
            /** @example Couriers overbooked */
            cause: string;
            /** @example logistics */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            memberId: string;
        };
        CategoryCountView: {
            /** @example late-delivery */
            category: string;
            /** @example 12 */
            complaints: number;
            /**
             * @description The complaints' root cause's status
             * @example under-review
             */
            status: string;
        };
        CategoryReportView: {
            byCategory: components["schemas"]["CategoryTotalView"][];
            byCategoryAndStatus: components["schemas"]["CategoryCountView"][];
            byStatus: components["schemas"]["StatusTotalView"][];
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
            /**
             * @description Complaints received in the period
             * @example 40
             */
            total: number;
            /**
             * @description The touchpoint asked for, if any
             * @example delivery
             */
            touchpoint: string | null;
        };
        CategoryTotalView: {
            /** @example late-delivery */
            category: string;
            /** @example 17 */
            complaints: number;
        };
        CategoryTrendView: {
            /** @example late-delivery */
            category: string;
            /**
             * @description One count per week of `weeks`
             * @example [
             *       3,
             *       5,
             *       9
             *     ]
             */
            counts: number[];
            /** @example 17 */
            total: number;
        };
        CommitteeMemberView: {
            /**
             * @description Whether the member chairs the committee
             * @example false
             */
            chair: boolean;
            /**
             * @description The department the member represents
             * @example logistics
             */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /** @example Irina Sokolova */
            name: string;
        };
        ComplaintLinesView: {
            /** @description Every complaint received in the period, oldest first */
            items: components["schemas"]["ComplaintLineView"][];
        };
        ComplaintLineView: {
            /** @example late-delivery */
            category: string;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /**
             * @description The department the committee decided, or the one suggested while under review
             * @example logistics
             */
            department: string;
            /** @example upset */
            dissatisfaction: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @description Its root cause's status
             * @example under-review
             */
            status: string;
            /** @example delivery */
            touchpoint: string;
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
        DecideRootCauseRequest: {
            /** @example Couriers overbooked */
            cause: string;
            /**
             * @description One of GET /committee/departments
             * @example logistics
             */
            department: string;
        };
        DecisionVoteView: {
            /** @example Couriers overbooked */
            cause: string;
            /** @example logistics */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            memberId: string;
        };
        DepartmentNamesView: {
            /**
             * @description The departments a vote or a decision may name (CATEGORY_RULES_FILE)
             * @example [
             *       "logistics",
             *       "it",
             *       "customer-care",
             *       "quality"
             *     ]
             */
            items: string[];
        };
        DissatisfactionCountsView: {
            /** @example 1 */
            mild: number;
            /** @example 2 */
            outraged: number;
            /** @example 1 */
            upset: number;
        };
        EffectivenessView: {
            /**
             * @description Complaints per week since the fix; weeks begun so far
             * @example [
             *       2,
             *       0
             *     ]
             */
            after: number[];
            /** @example 1.33 */
            afterPerWeek: number | null;
            /**
             * @description Complaints per week before the fix, oldest first
             * @example [
             *       5,
             *       7,
             *       9,
             *       12
             *     ]
             */
            before: number[];
            /** @example 8.25 */
            beforePerWeek: number;
            /**
             * @description The change in the weekly rate, in percent (negative: fewer); null when there is nothing to compare
             * @example -84
             */
            changePercent: number | null;
            /**
             * @description How much of the after period has passed, in weeks
             * @example 1.5
             */
            observedWeeks: number;
            /** @example 84 % fewer complaints per week since the fix */
            summary: string;
            /**
             * @description Weeks compared on each side of the fix
             * @example 4
             */
            weeks: number;
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
        FixView: {
            /** @example late-delivery */
            category: string;
            /**
             * Format: date-time
             * @example 2026-11-20T16:00:00.000Z
             */
            resolvedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /** @example delivery */
            touchpoint: string;
            /**
             * @description The Monday of the week it was resolved
             * @example 2026-11-16
             */
            week: string;
        };
        HandOverChairRequest: {
            /**
             * Format: uuid
             * @description The member who chairs from now on
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            memberId: string;
        };
        IdentifiedRootCauseView: {
            /**
             * @description The cause statement
             * @example Couriers overbooked
             */
            cause: string;
            /** @example 4 */
            complaintCount: number;
            /**
             * @example chair
             * @enum {string}
             */
            decidedBy: "committee" | "chair" | "timeout";
            /**
             * @description The department that owns it from now on
             * @example logistics
             */
            department: string;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            identifiedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /** @description The votes cast by then */
            votes: components["schemas"]["DecisionVoteView"][];
        };
        LinkedComplaintsPage: {
            items: components["schemas"]["LinkedComplaintView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        LinkedComplaintView: {
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /** @example outraged */
            dissatisfaction: string;
            /** @example The courier was three hours late and rude on the phone. */
            excerpt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.000Z
             */
            linkedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
        };
        MergedRootCauseView: {
            /**
             * @description Complaints that are moving over (in batches, each with its own `rootcause.complaint-linked`)
             * @example 12
             */
            complaintCount: number;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            mergedAt: string;
            /**
             * Format: uuid
             * @description The root cause that absorbs it
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            mergedInto: string;
            /**
             * Format: uuid
             * @description The root cause merged away
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /** @enum {string} */
            status: "merged";
        };
        MergeRootCausesRequest: {
            /**
             * Format: uuid
             * @description The open root cause that absorbs this one and its complaints
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            intoRootCauseId: string;
        };
        MoveComplaintRequest: {
            /**
             * Format: uuid
             * @description The open root cause the complaint belongs to instead
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            toRootCauseId: string;
        };
        MovedComplaintView: {
            /**
             * @description Its new root cause's category
             * @example late-delivery
             */
            category: string;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            linkedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            previousRootCauseId: string;
            /**
             * Format: uuid
             * @description The root cause it is under now
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            rootCauseId: string;
        };
        NewMemberView: {
            /**
             * Format: date-time
             * @example 2026-11-01T09:00:00.000Z
             */
            addedAt: string;
            /**
             * @description Whether the member chairs the committee
             * @example false
             */
            chair: boolean;
            /**
             * @description The department the member represents
             * @example logistics
             */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /** @example Irina Sokolova */
            name: string;
            /**
             * @description The new member's token, shown only in this answer
             * @example rm_4kq...
             */
            token: string;
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
        RecentlyResolvedView: {
            /** @example late-delivery */
            category: string;
            /** @example Couriers overbooked */
            cause: string | null;
            /** @example logistics */
            department: string | null;
            /** @description Whether the fix worked */
            effectiveness: components["schemas"]["EffectivenessView"];
            /**
             * Format: uuid
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-20T16:00:00.000Z
             */
            resolvedAt: string;
            /** @example delivery */
            touchpoint: string;
        };
        RecurrenceView: {
            /**
             * Format: uuid
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-10T08:00:00.000Z
             */
            openedAt: string;
            /** @enum {string} */
            status: "under-review" | "identified" | "merged" | "resolved";
        };
        ReplayView: {
            /** @description The dead letters this request republished (none when all were replayed before) */
            replayed: components["schemas"]["DeadLetterView"][];
        };
        RootCauseDecisionView: {
            /** @example Couriers overbooked */
            cause: string;
            /**
             * @example chair
             * @enum {string}
             */
            decidedBy: "committee" | "chair" | "timeout";
            /** @example logistics */
            department: string;
            /**
             * Format: date-time
             * @example 2026-11-23T11:00:00.000Z
             */
            identifiedAt: string;
        };
        RootCauseDetailView: {
            /** @example late-delivery */
            category: string;
            /** @example 4 */
            complaintCount: number;
            /** @description One page of its complaints, oldest link first; `?limit=&cursor=` page through them */
            complaints: components["schemas"]["LinkedComplaintsPage"];
            /** @description Null while under review */
            decision: components["schemas"]["RootCauseDecisionView"] | null;
            /** @description Its complaints by dissatisfaction */
            dissatisfaction: components["schemas"]["DissatisfactionCountsView"];
            /** @description Null until resolved */
            effectiveness: components["schemas"]["EffectivenessView"] | null;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            id: string;
            /** @example 10 */
            impact: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:15:00.000Z
             */
            mergedAt: string | null;
            /**
             * Format: uuid
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            mergedInto: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.000Z
             */
            openedAt: string;
            /**
             * Format: uuid
             * @description Set when this root cause is a resolved one come back (recurrence)
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            recurrenceOf: string | null;
            /** @description Root causes opened later because this one came back */
            recurrences: components["schemas"]["RecurrenceView"][];
            /**
             * Format: date-time
             * @example 2026-11-27T16:45:00.000Z
             */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T10:00:00.000Z
             */
            reviewDueAt: string | null;
            /**
             * @example identified
             * @enum {string}
             */
            status: "under-review" | "identified" | "merged" | "resolved";
            suggestion: components["schemas"]["SuggestionView"];
            /** @example delivery */
            touchpoint: string;
            votes: components["schemas"]["RootCauseVoteView"][];
        };
        RootCauseSummaryPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["RootCauseSummaryView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        RootCauseSummaryView: {
            /** @example late-delivery */
            category: string;
            /** @example Couriers overbooked */
            cause: string | null;
            /** @example 4 */
            complaintCount: number;
            /**
             * @example chair
             * @enum {string|null}
             */
            decidedBy: "committee" | "chair" | "timeout" | null;
            /** @example logistics */
            department: string | null;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:40:00.000Z
             */
            identifiedAt: string | null;
            /** @example 10 */
            impact: number;
            /**
             * Format: uuid
             * @example 1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60
             */
            mergedInto: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.000Z
             */
            openedAt: string;
            /**
             * @example identified
             * @enum {string}
             */
            status: "under-review" | "identified" | "merged" | "resolved";
            /** @example delivery */
            touchpoint: string;
        };
        RootCauseTrendView: {
            /**
             * @example [
             *       1,
             *       0,
             *       2
             *     ]
             */
            opened: number[];
            /**
             * @example [
             *       0,
             *       1,
             *       0
             *     ]
             */
            resolved: number[];
        };
        RootCauseVoteView: {
            /**
             * Format: date-time
             * @example 2026-11-23T10:40:00.000Z
             */
            castAt: string;
            /** @example Couriers overbooked */
            cause: string;
            /** @example logistics */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            memberId: string;
            /** @example Irina Sokolova */
            memberName: string;
        };
        RosterMemberView: {
            /**
             * Format: date-time
             * @example 2026-11-01T09:00:00.000Z
             */
            addedAt: string;
            /**
             * @description Whether the member chairs the committee
             * @example false
             */
            chair: boolean;
            /**
             * @description The department the member represents
             * @example logistics
             */
            department: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /** @example Irina Sokolova */
            name: string;
        };
        RosterView: {
            /** @description The chair first, then by when they were added */
            items: components["schemas"]["RosterMemberView"][];
            /**
             * @description How many members must agree on a department (COMMITTEE_QUORUM)
             * @example 3
             */
            quorum: number;
        };
        StatusTotalView: {
            /** @example 25 */
            complaints: number;
            /**
             * @description The root cause's status
             * @example under-review
             */
            status: string;
        };
        SuggestionView: {
            /** @example Courier capacity does not match the delivery slots sold */
            cause: string;
            /** @example logistics */
            department: string;
        };
        TrendsView: {
            /** @description Complaints received per category per week, the most frequent first */
            categories: components["schemas"]["CategoryTrendView"][];
            /** @description Root causes resolved in the period (at most 100) */
            fixes: components["schemas"]["FixView"][];
            /** @description Root causes opened and resolved per week */
            rootCauses: components["schemas"]["RootCauseTrendView"];
            /**
             * @description Monday (UTC) of each week, oldest first; every count list has one number per week
             * @example [
             *       "2026-11-09",
             *       "2026-11-16",
             *       "2026-11-23"
             *     ]
             */
            weeks: string[];
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
    GetAgendaHttpController_get: {
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
            /** @description One page of root causes under review, and on the first the recently resolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaView"];
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
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
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
    ManageCommitteeHttpController_handOver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverChairRequest"];
            };
        };
        responses: {
            /** @description The new chair */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterMemberView"];
                };
            };
            /** @description A bad body: `errors` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad body: `errors` names the field",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may hand over the chair",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such current member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No committee member 7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "statusCode": 404
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
    ListDepartmentsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The department names a vote or a decision may name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentNamesView"];
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
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
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
    ManageCommitteeHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member the token belongs to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeMemberView"];
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
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
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
    ManageCommitteeHttpController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current members, the chair first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterView"];
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
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
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
    ManageCommitteeHttpController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description The new member, with their token (shown this once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewMemberView"];
                };
            };
            /** @description A bad body, or a department the rules file does not list: `errors` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad body, or a department the rules file does not list: `errors` names the field",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may change the committee",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The roster is full */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "The committee already has 100 members",
                     *       "statusCode": 409
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
    ManageCommitteeHttpController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `memberId` is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "`memberId` is not a UUID",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may change the committee",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such current member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No committee member 7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The chair cannot be removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "The chair cannot be removed; hand the chair over first",
                     *       "statusCode": 409
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
    MoveComplaintHttpController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint */
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveComplaintRequest"];
            };
        };
        responses: {
            /** @description The complaint, under its new root cause */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovedComplaintView"];
                };
            };
            /** @description A bad body or id, or the root cause the complaint is already under */
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
                     *           "field": "toRootCauseId",
                     *           "reason": "toRootCauseId must be a UUID"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may move a complaint",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint in triage, or no such root cause */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 in triage",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The target takes no complaints, the source is resolved, the complaint is its only one, or it moved meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "Complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 is the only one of root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f; merge that root cause instead",
                     *       "statusCode": 409
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
    "CategoryReportHttpController_categories[0]": {
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
            /** @description The counts of the period by category, by status and by both. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryReportView"];
                    /**
                     * @example category,status,complaints
                     *     late-delivery,resolved,5
                     *     late-delivery,under-review,12
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period: not a real date, `from` not before `to`, more than 366 days */
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
    "CategoryReportHttpController_categories[1]": {
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
            /** @description The counts of the period by category, by status and by both. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryReportView"];
                    /**
                     * @example category,status,complaints
                     *     late-delivery,resolved,5
                     *     late-delivery,under-review,12
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period: not a real date, `from` not before `to`, more than 366 days */
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
    "CategoryReportHttpController_complaints[0]": {
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
            /** @description Every complaint received in the period. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintLinesView"];
                    /**
                     * @example complaintId,receivedAt,category,touchpoint,status,department,rootCauseId,dissatisfaction
                     *     5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11,2026-11-23T10:15:00.000Z,late-delivery,delivery,under-review,logistics,0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f,upset
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period: not a real date, `from` not before `to`, more than 366 days */
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
    "CategoryReportHttpController_complaints[1]": {
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
            /** @description Every complaint received in the period. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintLinesView"];
                    /**
                     * @example complaintId,receivedAt,category,touchpoint,status,department,rootCauseId,dissatisfaction
                     *     5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11,2026-11-23T10:15:00.000Z,late-delivery,delivery,under-review,logistics,0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f,upset
                     */
                    "text/csv": string;
                };
            };
            /** @description A malformed filter or period: not a real date, `from` not before `to`, more than 366 days */
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
    ListRootCausesHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only root causes with this status */
                status?: "under-review" | "identified" | "merged" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of root causes, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RootCauseSummaryPage"];
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
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
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
    GetRootCauseHttpController_get: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The root cause */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The root cause, with its votes, decision and one page of its complaints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RootCauseDetailView"];
                };
            };
            /** @description A bad id, `limit` or `cursor`: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad id, `limit` or `cursor`: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such root cause */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f",
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
    DecideRootCauseHttpController_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The root cause */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRootCauseRequest"];
            };
        };
        responses: {
            /** @description The root cause, identified by the chair's decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentifiedRootCauseView"];
                };
            };
            /** @description A bad body or id, or a department the rules file does not list: `errors` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad body or id, or a department the rules file does not list: `errors` names the field",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may decide a root cause",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such root cause */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The root cause is no longer under review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is identified; its review is closed",
                     *       "statusCode": 409
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
    MergeRootCausesHttpController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The root cause merged away */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRootCausesRequest"];
            };
        };
        responses: {
            /** @description The root cause, merged; its complaints follow in batches */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergedRootCauseView"];
                };
            };
            /** @description A bad body or id, or a root cause merged into itself */
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
                     *           "field": "intoRootCauseId",
                     *           "reason": "intoRootCauseId must be another root cause"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the chair may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "Only the committee chair may merge root causes",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Either root cause does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This root cause is not under review, or the other one takes no complaints */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is resolved; it takes no complaints",
                     *       "statusCode": 409
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
    CastVoteHttpController_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The root cause */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastVoteRequest"];
            };
        };
        responses: {
            /** @description The vote as recorded, and the decision when it completed the quorum */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CastVoteResultView"];
                };
            };
            /** @description A bad body or id, or a department the rules file does not list: `errors` names the field */
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
                     *           "field": "department",
                     *           "reason": "department must be one of logistics, it, customer-care, quality"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current member's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such root cause */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The root cause is no longer under review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is identified; its review is closed",
                     *       "statusCode": 409
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
    GetTrendsHttpController_json: {
        parameters: {
            query?: {
                /** @description How many weeks back, this one included */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Complaints per category and week, root causes opened and resolved, and the fixes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendsView"];
                };
            };
            /** @description `weeks` is not 1-104 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "`weeks` is not 1-104",
                     *       "statusCode": 400
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
    GetTrendsHttpController_svg: {
        parameters: {
            query?: {
                /** @description How many weeks back, this one included */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description `weeks` is not 1-104 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "`weeks` is not 1-104",
                     *       "statusCode": 400
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
}
