/**
 * The types of notifier's HTTP routes for libs/http-api, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: `npm run docs:openapi` writes this file, and a test fails when it is stale.
 */

export interface paths {
    "/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who an admin token is
         * @description The notifier admin the bearer token belongs to, while it is not revoked.
         */
        get: operations["GetAdminHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/supervisors/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a supervisor
         * @description Their token is refused from the next request on; their past decisions stay. Revoking again answers the first revocation.
         */
        post: operations["RevokeSupervisorHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compensations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List compensations
         * @description Every compensation, or those of one `status` (`review`: the ones a supervisor has to decide, those awaiting a second approval among them), oldest first.
         */
        get: operations["ListCompensationsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compensations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a compensation under review
         * @description `approved` at once, or still `review` with `firstApproval` set when the amount is above COMPENSATION_APPROVAL_LIMIT and a second, different supervisor must approve too. An empty body approves the default amount.
         */
        post: operations["DecideCompensationHttpController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compensations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a compensation under review
         * @description What was granted at once stays; the customer is told, with `reason` or a neutral one.
         */
        post: operations["DecideCompensationHttpController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compensations/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try another compensation policy on past complaints
         * @description The period's compensations replayed under another limit, percentages, monthly budget, review rule or maximum wait, through the rules that decide real grants, beside what really happened: in total, by month and by department. It only reads, in one snapshot: no event, no budget, no row changes.
         */
        post: operations["CompensationWhatIfHttpController_whatIf"];
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
    "/feedback/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the survey
         * @description "How helpful was this?" with five smileys and a comment, in the customer's language.
         */
        get: operations["GiveFeedbackHttpController_page"];
        put?: never;
        /**
         * Answer the survey
         * @description JSON, for apps and scripts; one answer per link. A rating of 1 or 2 owes the customer a callback.
         */
        post: operations["GiveFeedbackHttpController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/{token}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the survey from its page
         * @description The page's own form post; answers with a page: thanks, already answered, or the form again saying what to fix.
         */
        post: operations["GiveFeedbackHttpController_giveByForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my notices
         * @description What the notifier told the signed-in person, newest first, each with the console page to act on.
         */
        get: operations["ListNoticesHttpController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a complaint's messages
         * @description Every message for a complaint, oldest first: when it was due, whether and how it went out.
         */
        get: operations["ListNotificationsHttpController_list"];
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
    "/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List playbooks
         * @description Every playbook, newest first.
         */
        get: operations["ListPlaybooksHttpController_list"];
        put?: never;
        /**
         * Write a playbook
         * @description Which complaints it covers (touchpoint, keywords, period), what they are told at once, and the compensation authorised in advance, within COMPENSATION_LIMIT.
         */
        post: operations["ManagePlaybooksHttpController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/playbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a playbook
         * @description With what it has done so far.
         */
        get: operations["ListPlaybooksHttpController_one"];
        /**
         * Replace a playbook
         * @description Applies to complaints received from then on.
         */
        put: operations["ManagePlaybooksHttpController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/playbooks/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a playbook's complaints
         * @description Every complaint it was applied to, oldest first.
         */
        get: operations["ListPlaybooksHttpController_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/playbooks/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a playbook
         * @description It applies to no complaint received from now on.
         */
        post: operations["ManagePlaybooksHttpController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the satisfaction report
         * @description For the complaints received in the period, the survey's answers and the compensations: in total, by department, by owner and by root cause. A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).
         */
        get: operations["SatisfactionReportHttpController_satisfaction[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/satisfaction.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the satisfaction report
         * @description For the complaints received in the period, the survey's answers and the compensations: in total, by department, by owner and by root cause. A department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).
         */
        get: operations["SatisfactionReportHttpController_satisfaction[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the staff directory
         * @description Everyone with a profile, by name, with where they are told; filtered by role and by words in the name, email or key. Each person's choices per kind of notice are read with `GET /staff/{person}`.
         */
        get: operations["ListStaffHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a person's staff profile
         * @description Anyone's profile by its key, for an admin.
         */
        get: operations["StaffDirectoryHttpController_read"];
        /**
         * Set a person's staff profile
         * @description Provisions people who have not signed in yet, with their name too.
         */
        put: operations["StaffDirectoryHttpController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read my staff profile
         * @description Where and how the signed-in person is told: every kind of notice with their choice or the default.
         */
        get: operations["StaffDirectoryHttpController_me"];
        /**
         * Edit my staff profile
         * @description Saves the fields given over the profile; fields left out stay, `null` clears the email or webhook.
         */
        put: operations["StaffDirectoryHttpController_editMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the statistics
         * @description Satisfaction from the survey, compensations granted and under review, and this month's budget; the same per department and for the root causes with most outcomes.
         */
        get: operations["GetStatsHttpController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a complaint
         * @description The status page: what happened so far, what was done about the cause, the compensation, and once resolved the survey. No login: the token is the key.
         */
        get: operations["GetStatusHttpController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/{token}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the survey from the status page
         * @description On success back to the page (post, redirect, get); else the page again, saying what to fix.
         */
        post: operations["GetStatusHttpController_give"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisors/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The supervisor the token belongs to.
         */
        get: operations["GetSupervisorHttpController_me"];
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
        AdminStaffProfileRequest: {
            /**
             * @description Slack- or Teams-compatible incoming webhook, to a public address; `null` clears it
             * @example https://hooks.slack.com/services/T000/B000/XXXX
             */
            chatWebhookUrl?: string | null;
            /**
             * @description `null` clears it
             * @example olga@example.com
             */
            email?: string | null;
            /** @example Olga Sidorova */
            name?: string;
            /**
             * @description Per kind of notice: `{ "delivery": "now" }` or `{ "delivery": "digest", "hour": 0-23 }`
             * @example {
             *       "deadline-warning": {
             *         "delivery": "now"
             *       },
             *       "new-root-cause": {
             *         "delivery": "digest",
             *         "hour": 9
             *       }
             *     }
             */
            preferences?: {
                [key: string]: unknown;
            };
            /**
             * @description IANA time zone
             * @example Europe/Moscow
             */
            timeZone?: string;
        };
        AdminView: {
            /**
             * Format: uuid
             * @example 5a4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a
             */
            id: string;
            /**
             * @description As `npm run admin:create` named it
             * @example ops-anna
             */
            name: string;
        };
        ApproveCompensationRequest: {
            /**
             * @description The total the customer receives (what was granted at once included). Omitted: the claim, or, for a second approver, the amount the first approved
             * @example 450.00
             */
            amount?: string;
        };
        BudgetView: {
            /** @example RUB */
            currency: string;
            /**
             * @description COMPENSATION_MONTHLY_BUDGET
             * @example 100000.00
             */
            limit: string;
            /** @example 2026-11 */
            period: string;
            /** @example 97600.00 */
            remaining: string;
            /** @example 2400.00 */
            used: string;
        };
        CompensationDetailPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["CompensationDetailView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        CompensationDetailView: {
            /**
             * @example capped
             * @enum {string}
             */
            basis: "claimed-within-limit" | "tier" | "capped" | "playbook";
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /**
             * Format: date-time
             * @example 2026-11-24T16:00:00.000Z
             */
            createdAt: string;
            /** @example RUB */
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-23T13:05:00.000Z
             */
            decidedAt: string | null;
            /**
             * @description A rejection's reason as the supervisor gave it; null without one (the customer was told a neutral one)
             * @example The order was delivered on time according to the courier log
             */
            decisionReason: string | null;
            /** @description The first of two approvals an amount above COMPENSATION_APPROVAL_LIMIT needs; while `review`, it waits for a second, different supervisor */
            firstApproval: components["schemas"]["FirstApprovalView"] | null;
            /**
             * @description Granted so far
             * @example 200.00
             */
            granted: string;
            /**
             * Format: uuid
             * @example 6e7f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0
             */
            id: string;
            /**
             * @description What would settle the case, when a person has to decide
             * @example 500.00
             */
            requested: string | null;
            /**
             * @example over-limit
             * @enum {string|null}
             */
            reviewReason: "over-limit" | "budget-exhausted" | null;
            /**
             * @example review
             * @enum {string}
             */
            status: "none" | "granted" | "review" | "approved" | "rejected";
        };
        CompensationTotalsView: {
            /** @example RUB */
            currency: string;
            /** @example 12 */
            granted: number;
            /** @example 2400.00 */
            grantedAmount: string;
            /** @example 1 */
            underReview: number;
            /**
             * @description What the claims under review ask beyond what was granted
             * @example 300.00
             */
            underReviewAmount: string;
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
        DepartmentOutcomesView: {
            compensations: components["schemas"]["GroupCompensationsView"];
            /**
             * @description The department its root cause was assigned to; `unassigned` before
             * @example logistics
             */
            department: string;
            satisfaction: components["schemas"]["SatisfactionView"];
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
        FeedbackAnswerView: {
            /** @example Still late this week. */
            comment: string | null;
            /**
             * Format: date-time
             * @description For a low rating: when the callback the customer is owed falls due
             * @example 2026-11-25T09:00:00.000Z
             */
            followUpDueAt: string | null;
            /** @example 2 */
            rating: number;
            /**
             * Format: date-time
             * @example 2026-11-24T09:00:00.000Z
             */
            receivedAt: string;
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
        FirstApprovalView: {
            /** @example 450.00 */
            amount: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            approvedAt: string;
            supervisor: components["schemas"]["SupervisorRefView"];
        };
        GiveFeedbackRequest: {
            /** @example Still late this week. */
            comment?: string;
            /**
             * @description 1 (not at all helpful) to 5 (very)
             * @example 2
             */
            rating: number;
            /**
             * @description What went wrong; only with a rating of 1 or 2
             * @enum {string}
             */
            reason?: "not-fixed" | "too-slow" | "compensation" | "communication" | "other";
        };
        GroupCompensationsView: {
            /** @example 12 */
            granted: number;
            /** @example 2400.00 */
            grantedAmount: string;
            /** @example 1 */
            underReview: number;
        };
        NoticeDoc: {
            /** @example The acknowledge deadline of your assignment (level 1) is 2026-11-23 14:00 (Europe/Moscow). */
            body: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            createdAt: string;
            /**
             * @example now
             * @enum {string}
             */
            delivery: "now" | "digest";
            /**
             * Format: date-time
             * @example null
             */
            digestDueAt: string | null;
            /**
             * Format: uuid
             * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
             */
            id: string;
            /**
             * @example deadline-warning
             * @enum {string}
             */
            kind: "assignment-created" | "assignment-escalated" | "deadline-warning" | "deadline-breached" | "callback-owed" | "new-root-cause" | "review-deadline-approaching" | "root-cause-decided" | "review-item" | "budget-threshold";
            /** @example https://console.example.com/assignments/5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 */
            link: string;
            /**
             * @description `held`: waiting for the digest
             * @example queued
             * @enum {string}
             */
            status: "held" | "queued";
            /** @example 75% of the time to acknowledge has passed */
            subject: string;
        };
        NoticeDocPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["NoticeDoc"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        NotificationDetailView: {
            /** @example 1 */
            attempts: number;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "sms" | "webhook";
            /**
             * Format: uuid
             * @description The failed message this one was sent instead of, by the customer's other channel
             * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
             */
            fallbackOf: string | null;
            /**
             * Format: uuid
             * @example b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
             */
            id: string;
            /**
             * @example acknowledgement
             * @enum {string}
             */
            kind: "acknowledgement" | "progress" | "resolution" | "compensation" | "review-decision";
            /**
             * Format: date-time
             * @description Inside the customer's contact window
             * @example 2026-11-23T10:15:01.000Z
             */
            scheduledFor: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:16:02.000Z
             */
            sentAt: string | null;
            /**
             * @example sent
             * @enum {string}
             */
            status: "scheduled" | "sent" | "failed";
            /**
             * @description What accepted a sent message; `log-only`: nothing did, it was only logged (outside production)
             * @enum {string|null}
             */
            transport: "smtp" | "sms-gateway" | "webhook" | "log-only" | null;
        };
        NotificationListView: {
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /** @description Oldest first */
            items: components["schemas"]["NotificationDetailView"][];
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
        PlaybookApplicationDetailPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["PlaybookApplicationDetailView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        PlaybookApplicationDetailView: {
            /**
             * Format: date-time
             * @example 2026-12-01T08:00:00.000Z
             */
            appliedAt: string;
            /** @example 150.00 */
            compensation: string;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /** @example RUB */
            currency: string;
        };
        PlaybookAppliedView: {
            /**
             * @description Compensation paid under it
             * @example 6300.00
             */
            compensation: string;
            /**
             * @description Complaints it was applied to
             * @example 42
             */
            complaints: number;
        };
        PlaybookDetailPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["PlaybookDetailView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        PlaybookDetailView: {
            /**
             * @description Whether it applies to complaints received now
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            activeFrom: string;
            /**
             * Format: date-time
             * @description Null: until ended
             * @example 2026-11-30T23:59:59.000Z
             */
            activeUntil: string | null;
            /** @example 150.00 */
            compensation: string;
            /**
             * Format: date-time
             * @example 2026-11-30T12:00:00.000Z
             */
            createdAt: string;
            /** @example RUB */
            currency: string;
            /**
             * Format: uuid
             * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
             */
            id: string;
            /**
             * @example [
             *       "snow",
             *       "late"
             *     ]
             */
            keywords: string[];
            message: components["schemas"]["PlaybookMessageView"];
            /** @example Snowstorm */
            name: string;
            /**
             * @description Null: every touchpoint
             * @enum {string|null}
             */
            touchpoint: "store" | "web" | "app" | "call-centre" | "delivery" | "other" | null;
            /**
             * Format: date-time
             * @example 2026-11-30T12:00:00.000Z
             */
            updatedAt: string;
        };
        PlaybookMessageDto: {
            /** @example Snow is delaying deliveries. Your reference is {reference}. */
            en?: string;
            /** @example Из-за снегопада доставка задерживается. Номер обращения {reference}. */
            ru?: string;
        };
        PlaybookMessageView: {
            /** @example Snow is delaying deliveries. Your reference is {reference}. */
            en?: string;
            /** @example Из-за снегопада доставка задерживается. Номер обращения {reference}. */
            ru?: string;
        };
        PlaybookRequest: {
            /** @example 2026-12-01T00:00:00Z */
            activeFrom: string;
            /**
             * @description Omitted: until ended (POST /playbooks/{id}/end)
             * @example 2026-12-03T00:00:00Z
             */
            activeUntil?: string;
            /**
             * @description A decimal string in COMPENSATION_CURRENCY, at most COMPENSATION_LIMIT
             * @example 150.00
             */
            compensation: string;
            /**
             * @description A complaint matches if its text contains any (2-60 characters each, case-insensitive); none: every one
             * @example [
             *       "snow",
             *       "late"
             *     ]
             */
            keywords: string[];
            /** @description What matching complaints are told at once; `{reference}` and `{compensation}` are filled in */
            message: components["schemas"]["PlaybookMessageDto"];
            /** @example Snowstorm */
            name: string;
            /**
             * @description Omitted: complaints from every touchpoint
             * @enum {string}
             */
            touchpoint?: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
        };
        PlaybookWithAppliedView: {
            /**
             * @description Whether it applies to complaints received now
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            activeFrom: string;
            /**
             * Format: date-time
             * @description Null: until ended
             * @example 2026-11-30T23:59:59.000Z
             */
            activeUntil: string | null;
            /** @description What it has done so far */
            applied: components["schemas"]["PlaybookAppliedView"];
            /** @example 150.00 */
            compensation: string;
            /**
             * Format: date-time
             * @example 2026-11-30T12:00:00.000Z
             */
            createdAt: string;
            /** @example RUB */
            currency: string;
            /**
             * Format: uuid
             * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
             */
            id: string;
            /**
             * @example [
             *       "snow",
             *       "late"
             *     ]
             */
            keywords: string[];
            message: components["schemas"]["PlaybookMessageView"];
            /** @example Snowstorm */
            name: string;
            /**
             * @description Null: every touchpoint
             * @enum {string|null}
             */
            touchpoint: "store" | "web" | "app" | "call-centre" | "delivery" | "other" | null;
            /**
             * Format: date-time
             * @example 2026-11-30T12:00:00.000Z
             */
            updatedAt: string;
        };
        RejectCompensationRequest: {
            /**
             * @description Why, in words the customer reads; omitted: the customer is told a neutral reason
             * @example The order was refunded in full already.
             */
            reason?: string;
        };
        ReplayView: {
            /** @description The dead letters this request republished (none when all were replayed before) */
            replayed: components["schemas"]["DeadLetterView"][];
        };
        RevokedSupervisorView: {
            /**
             * Format: uuid
             * @example 4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d
             */
            id: string;
            /** @example Elena Volkova */
            name: string;
            /**
             * Format: date-time
             * @description The first revocation
             * @example 2026-11-23T10:15:00.000Z
             */
            revokedAt: string;
        };
        RootCauseOutcomesView: {
            compensations: components["schemas"]["GroupCompensationsView"];
            /**
             * @description The department its root cause was assigned to; `unassigned` before
             * @example logistics
             */
            department: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            satisfaction: components["schemas"]["SatisfactionView"];
        };
        SatisfactionDepartmentView: {
            /**
             * @description Survey answers
             * @example 18
             */
            answers: number;
            /**
             * @description The average rating (1-5); null without answers
             * @example 3.72
             */
            averageRating: number | null;
            /**
             * @description Complaints granted something
             * @example 22
             */
            compensated: number;
            /**
             * @description Complaints received in the period
             * @example 40
             */
            complaints: number;
            /**
             * @description The root cause's department, or `unassigned`
             * @example logistics
             */
            department: string;
            /**
             * @description The sum granted, a decimal string in `currency`
             * @example 1840.00
             */
            granted: string;
            /**
             * @description The share of answers rating 4 or 5 (0-1); null without answers
             * @example 0.61
             */
            satisfiedShare: number | null;
            /**
             * @description Compensations still under review
             * @example 2
             */
            underReview: number;
        };
        SatisfactionFiguresView: {
            /**
             * @description Survey answers
             * @example 18
             */
            answers: number;
            /**
             * @description The average rating (1-5); null without answers
             * @example 3.72
             */
            averageRating: number | null;
            /**
             * @description Complaints granted something
             * @example 22
             */
            compensated: number;
            /**
             * @description Complaints received in the period
             * @example 40
             */
            complaints: number;
            /**
             * @description The sum granted, a decimal string in `currency`
             * @example 1840.00
             */
            granted: string;
            /**
             * @description The share of answers rating 4 or 5 (0-1); null without answers
             * @example 0.61
             */
            satisfiedShare: number | null;
            /**
             * @description Compensations still under review
             * @example 2
             */
            underReview: number;
        };
        SatisfactionOwnerView: {
            /**
             * @description Survey answers
             * @example 18
             */
            answers: number;
            /**
             * @description The average rating (1-5); null without answers
             * @example 3.72
             */
            averageRating: number | null;
            /**
             * @description Complaints granted something
             * @example 22
             */
            compensated: number;
            /**
             * @description Complaints received in the period
             * @example 40
             */
            complaints: number;
            /** @example logistics */
            department: string;
            /**
             * @description The sum granted, a decimal string in `currency`
             * @example 1840.00
             */
            granted: string;
            /**
             * @description Who resolved the root cause, else who last held it
             * @example Dana Whitfield
             */
            owner: string;
            /**
             * Format: uuid
             * @example 7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
             */
            ownerId: string;
            /**
             * @description The share of answers rating 4 or 5 (0-1); null without answers
             * @example 0.61
             */
            satisfiedShare: number | null;
            /**
             * @description Compensations still under review
             * @example 2
             */
            underReview: number;
        };
        SatisfactionReportView: {
            byDepartment: components["schemas"]["SatisfactionDepartmentView"][];
            byOwner: components["schemas"]["SatisfactionOwnerView"][];
            byRootCause: components["schemas"]["SatisfactionRootCauseView"][];
            /**
             * @description The compensation currency, of every amount
             * @example EUR
             */
            currency: string;
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
            /** @description All the complaints of the period */
            total: components["schemas"]["SatisfactionFiguresView"];
            /**
             * @description The touchpoint asked for, if any
             * @example delivery
             */
            touchpoint: string | null;
        };
        SatisfactionRootCauseView: {
            /**
             * @description Survey answers
             * @example 18
             */
            answers: number;
            /**
             * @description The average rating (1-5); null without answers
             * @example 3.72
             */
            averageRating: number | null;
            /**
             * @description Complaints granted something
             * @example 22
             */
            compensated: number;
            /**
             * @description Complaints received in the period
             * @example 40
             */
            complaints: number;
            /** @example logistics */
            department: string;
            /**
             * @description The sum granted, a decimal string in `currency`
             * @example 1840.00
             */
            granted: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string;
            /**
             * @description The share of answers rating 4 or 5 (0-1); null without answers
             * @example 0.61
             */
            satisfiedShare: number | null;
            /**
             * @description Compensations still under review
             * @example 2
             */
            underReview: number;
        };
        SatisfactionView: {
            /**
             * @description Survey answers
             * @example 40
             */
            answers: number;
            /**
             * @description Null without answers
             * @example 4.15
             */
            averageRating: number | null;
            /**
             * @description Share of ratings 4 and 5; null without answers
             * @example 0.8
             */
            satisfiedShare: number | null;
        };
        StaffListItemDoc: {
            /**
             * @description A Slack- or Teams-compatible incoming webhook
             * @example https://hooks.slack.com/services/T000/B000/XXXX
             */
            chatWebhookUrl: string | null;
            /** @example olga@example.com */
            email: string | null;
            /** @example Olga Sidorova */
            name: string;
            /**
             * @description The key: `<role>:<id>`
             * @example owner:3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            person: string;
            /**
             * @example owner
             * @enum {string}
             */
            role: "owner" | "member" | "supervisor";
            /**
             * @description IANA zone: times in notices and digest hours are on it
             * @example Europe/Moscow
             */
            timeZone: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            updatedAt: string;
        };
        StaffListItemDocPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["StaffListItemDoc"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        StaffProfileDoc: {
            /**
             * @description A Slack- or Teams-compatible incoming webhook
             * @example https://hooks.slack.com/services/T000/B000/XXXX
             */
            chatWebhookUrl: string | null;
            /** @example olga@example.com */
            email: string | null;
            /** @example Olga Sidorova */
            name: string;
            /**
             * @description The key: `<role>:<id>`
             * @example owner:3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
             */
            person: string;
            /**
             * @description Every kind of notice with how it reaches the person: `now`, or `digest` at `hour` (0-23)
             * @example {
             *       "assignment-created": {
             *         "delivery": "now"
             *       },
             *       "deadline-warning": {
             *         "delivery": "now"
             *       },
             *       "new-root-cause": {
             *         "delivery": "digest",
             *         "hour": 9
             *       }
             *     }
             */
            preferences: {
                [key: string]: unknown;
            };
            /**
             * @example owner
             * @enum {string}
             */
            role: "owner" | "member" | "supervisor";
            /**
             * @description IANA zone: times in notices and digest hours are on it
             * @example Europe/Moscow
             */
            timeZone: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            updatedAt: string | null;
        };
        StaffProfileRequest: {
            /**
             * @description Slack- or Teams-compatible incoming webhook, to a public address; `null` clears it
             * @example https://hooks.slack.com/services/T000/B000/XXXX
             */
            chatWebhookUrl?: string | null;
            /**
             * @description `null` clears it
             * @example olga@example.com
             */
            email?: string | null;
            /**
             * @description Per kind of notice: `{ "delivery": "now" }` or `{ "delivery": "digest", "hour": 0-23 }`
             * @example {
             *       "deadline-warning": {
             *         "delivery": "now"
             *       },
             *       "new-root-cause": {
             *         "delivery": "digest",
             *         "hour": 9
             *       }
             *     }
             */
            preferences?: {
                [key: string]: unknown;
            };
            /**
             * @description IANA time zone
             * @example Europe/Moscow
             */
            timeZone?: string;
        };
        StatsView: {
            /** @description This month's compensation budget */
            budget: components["schemas"]["BudgetView"];
            /** @description By department name */
            byDepartment: components["schemas"]["DepartmentOutcomesView"][];
            /** @description The `rootCauses` root causes with most answers and compensations */
            byRootCause: components["schemas"]["RootCauseOutcomesView"][];
            compensations: components["schemas"]["CompensationTotalsView"];
            satisfaction: components["schemas"]["SatisfactionView"];
        };
        SupervisorRefView: {
            /**
             * Format: uuid
             * @example 4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d
             */
            id: string;
            /** @example Elena Volkova */
            name: string | null;
        };
        SupervisorView: {
            /**
             * Format: uuid
             * @example 4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d
             */
            id: string;
            /** @example Elena Volkova */
            name: string;
        };
        WhatIfDepartmentView: {
            /** @description What really happened */
            actual: components["schemas"]["WhatIfFiguresView"];
            /**
             * @description The owning department, or `unassigned`
             * @example logistics
             */
            department: string;
            /** @description Under the policy tried */
            whatIf: components["schemas"]["WhatIfFiguresView"];
        };
        WhatIfFiguresView: {
            /**
             * @description What supervisors' approvals added to the grants paid at once
             * @example 100.00
             */
            approvedLater: string;
            /**
             * @description Under review and undecided: what the reviews ask beyond what was paid
             * @example 3000.00
             */
            awaitingReview: string;
            /**
             * @description A grant the month's budget could not take
             * @example 1
             */
            budgetOverflow: number;
            /**
             * @description Cut to the limit (or a claim above it, where no one reviews)
             * @example 1
             */
            capped: number;
            /**
             * @description Complaints compensated (or sent to review, or given nothing)
             * @example 6
             */
            cases: number;
            /**
             * @description Paid at once plus approved later
             * @example 950.00
             */
            cost: string;
            /**
             * @description Granted at once in full
             * @example 2
             */
            full: number;
            /**
             * @description Nothing due: an apology only
             * @example 0
             */
            none: number;
            /**
             * @description Decided in a currency without an exchange rate: counted, their money not in these sums
             * @example 0
             */
            otherCurrency: number;
            /** @example 850.00 */
            paidAtOnce: string;
            /**
             * @description Sent to a supervisor
             * @example 2
             */
            review: number;
        };
        WhatIfMonthView: {
            /** @description What really happened */
            actual: components["schemas"]["WhatIfFiguresView"];
            /**
             * @description The policy's budget for the month
             * @example 1000.00
             */
            budget: string;
            /**
             * @description What the what-if grants used of it
             * @example 950.00
             */
            budgetUsed: string;
            /**
             * @description The budget period (a calendar month, UTC)
             * @example 2026-11
             */
            month: string;
            /** @description Under the policy tried */
            whatIf: components["schemas"]["WhatIfFiguresView"];
        };
        WhatIfPercentages: {
            /**
             * @description Per cent of the order for a mild one
             * @example 7.25
             */
            mild: number;
            /**
             * @description Per cent of the order for an outraged customer
             * @example 15
             */
            outraged: number;
            /**
             * @description Per cent of the order for an upset customer
             * @example 10
             */
            upset: number;
        };
        WhatIfPercentagesView: {
            /** @example 5 */
            mild: number;
            /**
             * @description Per cent of the order
             * @example 15
             */
            outraged: number;
            /** @example 10 */
            upset: number;
        };
        WhatIfPolicyRequest: {
            /**
             * @description Granted without review (rule 3's limit), in the compensation currency
             * @example 300.00
             */
            limit?: string;
            /**
             * @description How long a compensation waits for its root cause before it is settled anyway (at most 90 days); left out: each case settles when it really did
             * @example 72h
             */
            maxWait?: string;
            /**
             * @description What may be granted per calendar month, in the compensation currency
             * @example 100000.00
             */
            monthlyBudget?: string;
            /** @description Rule 2's share of the order by dissatisfaction */
            percentages?: components["schemas"]["WhatIfPercentages"];
            /**
             * @description Whether a claim above the limit goes to a supervisor for the rest (the rule: true) or is only capped
             * @example true
             */
            reviewOverLimit?: boolean;
        };
        WhatIfPolicyView: {
            /**
             * @description Granted without review
             * @example 300.00
             */
            limit: string;
            /**
             * @description null: each case settled when it did
             * @example 72h
             */
            maxWait: string | null;
            /** @example 100000.00 */
            monthlyBudget: string;
            /** @description Rule 2's share of the order by dissatisfaction */
            percentages: components["schemas"]["WhatIfPercentagesView"];
            /** @example true */
            reviewOverLimit: boolean;
        };
        WhatIfRequest: {
            /**
             * @description Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone
             * @example 2026-01-01
             */
            from: string;
            /** @description The policy to try: anything left out is the one in force (`{}` replays the policy in force) */
            policy: components["schemas"]["WhatIfPolicyRequest"];
            /**
             * @description End, exclusive: at most 366 days after `from`
             * @example 2026-04-01
             */
            to: string;
        };
        WhatIfSideBySideView: {
            /** @description What really happened */
            actual: components["schemas"]["WhatIfFiguresView"];
            /** @description Under the policy tried */
            whatIf: components["schemas"]["WhatIfFiguresView"];
        };
        WhatIfView: {
            byDepartment: components["schemas"]["WhatIfDepartmentView"][];
            /** @description Budget periods in order */
            byMonth: components["schemas"]["WhatIfMonthView"][];
            /**
             * @description Cases read from the history
             * @example 6
             */
            casesRead: number;
            /**
             * @description The compensation currency, of every amount
             * @example EUR
             */
            currency: string;
            /**
             * @description How long the replay took, in milliseconds
             * @example 42
             */
            elapsedMs: number;
            /**
             * Format: date-time
             * @example 2026-11-01T00:00:00.000Z
             */
            from: string;
            policy: components["schemas"]["WhatIfPolicyView"];
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            to: string;
            /** @description The whole period */
            total: components["schemas"]["WhatIfSideBySideView"];
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
    GetAdminHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The admin behind the token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminView"];
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
            /** @description No, unknown or revoked notifier admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked admin token",
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
    RevokeSupervisorHttpController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The supervisor */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supervisor, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSupervisorView"];
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
                     *       "message": "Validation failed (uuid is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No, unknown or revoked notifier admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked admin token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such supervisor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such supervisor",
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
    ListCompensationsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only compensations with this status */
                status?: "none" | "granted" | "review" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of compensations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationDetailPage"];
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
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
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
    DecideCompensationHttpController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The compensation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApproveCompensationRequest"];
            };
        };
        responses: {
            /** @description The compensation, approved (or with its first of two approvals) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationDetailView"];
                };
            };
            /** @description A bad id, or an amount above the claim, below what was granted, or above what the first approved */
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
                     *           "field": "amount",
                     *           "reason": "must not exceed the claim of 500.00"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such compensation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such compensation",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not under review, or this supervisor gave the first approval already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "You approved this compensation already: a different supervisor has to approve or reject it",
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
    DecideCompensationHttpController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The compensation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectCompensationRequest"];
            };
        };
        responses: {
            /** @description The compensation, rejected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationDetailView"];
                };
            };
            /** @description A bad id or reason: `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad id or reason: `errors` names it",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such compensation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such compensation",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not under review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "This compensation is granted, not under review",
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
    CompensationWhatIfHttpController_whatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfRequest"];
            };
        };
        responses: {
            /** @description The replay beside what really happened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfView"];
                };
            };
            /** @description A field at fault: an amount that is not a decimal string, a percentage outside 0-100, a maximum wait beyond 90 days, a date that is not real, `from` not before `to`, or more than 366 days */
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
                     *           "field": "policy.maxWait",
                     *           "reason": "maxWait must be between 1m and 90d"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
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
    GiveFeedbackHttpController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the link in the resolution message */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey page (or, once answered, a thank-you) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>How helpful was this?</h1>
                     *     <form method="post" action="…">…</form>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
            /** @description No such feedback link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such feedback link",
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
    GiveFeedbackHttpController_give: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the link in the resolution message */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveFeedbackRequest"];
            };
        };
        responses: {
            /** @description The answer, recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackAnswerView"];
                };
            };
            /** @description A bad body, or a `reason` with a rating above 2: `errors` names the field */
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
                     *           "field": "reason",
                     *           "reason": "is asked only of ratings 1 and 2"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such feedback link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such feedback link",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "This feedback link has already been answered",
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
    GiveFeedbackHttpController_giveByForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the link in the resolution message */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    comment?: string;
                    /** @description The smiley picked, 1 to 5 */
                    rating: number;
                    /**
                     * @description What went wrong; only with a rating of 1 or 2
                     * @enum {string}
                     */
                    reason?: "not-fixed" | "too-slow" | "compensation" | "communication" | "other";
                };
            };
        };
        responses: {
            /** @description Thank you */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>How helpful was this?</h1>
                     *     <p role="status">Thank you for your feedback!</p>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
                };
            };
            /** @description The form again, saying what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>How helpful was this?</h1>
                     *     <form method="post" action="…">
                     *     <p class="error" role="alert" id="form-error">Please pick a rating from 1 to 5.</p>…</form>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
                };
            };
            /** @description No such feedback link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such feedback link",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>How helpful was this?</h1>
                     *     <p role="status">You have already answered. Thank you!</p>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
            /** @description The body is not `application/x-www-form-urlencoded` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/x-www-form-urlencoded",
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
    ListNoticesHttpController_mine: {
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
            /** @description One page of notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDocPage"];
                };
            };
            /** @description `limit` or `cursor` is not valid */
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
            /** @description No bearer token, or not a current owner's, member's or supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: sign in with your own owner, member or supervisor token",
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
            /** @description Triage or escalation did not say whose the token is */
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
                     *       "message": "escalation could not be asked whose the token is; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListNotificationsHttpController_list: {
        parameters: {
            query: {
                /** @description The complaint */
                complaintId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complaint's messages, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListView"];
                };
            };
            /** @description `complaintId` is missing or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "`complaintId` is missing or not a UUID",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
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
    ListPlaybooksHttpController_list: {
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
            /** @description One page of playbooks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookDetailPage"];
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
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
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
    ManagePlaybooksHttpController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookRequest"];
            };
        };
        responses: {
            /** @description The playbook, written */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookDetailView"];
                };
            };
            /** @description A bad body, a compensation above the limit or a period that ends before it starts: `errors` names each */
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
                     *           "field": "compensation",
                     *           "reason": "must be a decimal string such as \"150.00\""
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another playbook has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "A playbook with this name already exists",
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
    ListPlaybooksHttpController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The playbook */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The playbook, with what it has done so far */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookWithAppliedView"];
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
                     *       "message": "Validation failed (uuid is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such playbook */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such playbook",
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
    ManagePlaybooksHttpController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The playbook */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookRequest"];
            };
        };
        responses: {
            /** @description The playbook, replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookDetailView"];
                };
            };
            /** @description A bad id or body: `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "A bad id or body: `errors` names each field",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such playbook */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such playbook",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another playbook has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "A playbook with this name already exists",
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
    ListPlaybooksHttpController_applications: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The playbook */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the complaints the playbook answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookApplicationDetailPage"];
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
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such playbook */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such playbook",
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
    ManagePlaybooksHttpController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The playbook */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The playbook, ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookDetailView"];
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
                     *       "message": "Validation failed (uuid is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such playbook */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such playbook",
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
    "SatisfactionReportHttpController_satisfaction[0]": {
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
            /** @description The figures of the period in total, by department, by owner and by root cause. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReportView"];
                    /**
                     * @example group,department,ownerId,owner,rootCauseId,complaints,answers,averageRating,satisfiedShare,compensated,granted,underReview,currency
                     *     total,,,,,40,18,3.72,0.61,22,1840.00,2,EUR
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
    "SatisfactionReportHttpController_satisfaction[1]": {
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
            /** @description The figures of the period in total, by department, by owner and by root cause. As CSV (`text/csv`, an attachment) with `.csv` or `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReportView"];
                    /**
                     * @example group,department,ownerId,owner,rootCauseId,complaints,answers,averageRating,satisfiedShare,compensated,granted,underReview,currency
                     *     total,,,,,40,18,3.72,0.61,22,1840.00,2,EUR
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
    ListStaffHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Words in the name, email or key, any case */
                q?: string;
                /** @description Only people of this role */
                role?: "owner" | "member" | "supervisor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of people */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffListItemDocPage"];
                };
            };
            /** @description A bad `role`, `q`, `limit` or `cursor` */
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
                     *           "field": "role",
                     *           "reason": "role must be one of the following values: owner, member, supervisor"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No, unknown or revoked notifier admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked admin token",
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
    StaffDirectoryHttpController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<role>:<id>`, role `owner`, `member` or `supervisor` */
                person: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile, or the defaults when there is none yet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfileDoc"];
                };
            };
            /** @description A field is not valid: each named with its reason */
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
            /** @description No, unknown or revoked notifier admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked admin token",
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
    StaffDirectoryHttpController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<role>:<id>`, role `owner`, `member` or `supervisor` */
                person: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminStaffProfileRequest"];
            };
        };
        responses: {
            /** @description The profile as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfileDoc"];
                };
            };
            /** @description A field is not valid: each named with its reason */
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
            /** @description No, unknown or revoked notifier admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked admin token",
                     *       "statusCode": 401
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
    StaffDirectoryHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile (`updatedAt` null before the first save) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfileDoc"];
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
            /** @description No bearer token, or not a current owner's, member's or supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: sign in with your own owner, member or supervisor token",
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
            /** @description Triage or escalation did not say whose the token is */
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
                     *       "message": "escalation could not be asked whose the token is; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffDirectoryHttpController_editMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffProfileRequest"];
            };
        };
        responses: {
            /** @description The profile as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfileDoc"];
                };
            };
            /** @description A field is not valid: each named with its reason */
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
            /** @description No bearer token, or not a current owner's, member's or supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown token: sign in with your own owner, member or supervisor token",
                     *       "statusCode": 401
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
            /** @description Triage or escalation did not say whose the token is */
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
                     *       "message": "escalation could not be asked whose the token is; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetStatsHttpController_stats: {
        parameters: {
            query?: {
                /** @description How many root causes `byRootCause` lists */
                rootCauses?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Satisfaction, compensations and the budget, overall, by department and by root cause */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsView"];
                };
            };
            /** @description `rootCauses` is not 1-200 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "`rootCauses` is not 1-200",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
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
    GetStatusHttpController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the link in every message to the customer */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>Complaint CRM-88172</h1>
                     *     <section aria-labelledby="timeline">…</section>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
            /** @description An unknown or expired link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="ru">…<main id="main" tabindex="-1">
                     *     <h1>Страница не найдена</h1>
                     *     <p>Эта ссылка не действует…</p><div lang="en"><h2>Page not found</h2><p>This link does not work: it may be mistyped, or the complaint was closed a while ago.</p></div>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
                };
            };
            /** @description Too many requests from this address or for this link: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait (60) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="ru">…<main id="main" tabindex="-1">
                     *     <h1>Слишком много запросов</h1>
                     *     <p>Пожалуйста, попробуйте снова через минуту.</p><div lang="en"><h2>Too many requests</h2><p>Please try again in a minute.</p></div>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
    GetStatusHttpController_give: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the link in every message to the customer */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    comment?: string;
                    /** @description The smiley picked, 1 to 5 */
                    rating: number;
                    /**
                     * @description What went wrong; only with a rating of 1 or 2
                     * @enum {string}
                     */
                    reason?: "not-fixed" | "too-slow" | "compensation" | "communication" | "other";
                };
            };
        };
        responses: {
            /** @description Answered (or answered before, in another tab): back to the status page */
            303: {
                headers: {
                    /** @description `/status/{token}#timeline` */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The page again, saying what to fix */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="en">…<main id="main" tabindex="-1">
                     *     <h1>Complaint CRM-88172</h1>
                     *     …<h2 id="feedback">How helpful was this?</h2><form method="post" action="…" aria-labelledby="feedback">
                     *     <p class="error" role="alert" id="form-error">Please pick a rating from 1 to 5.</p>…</form>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
                };
            };
            /** @description An unknown or expired link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="ru">…<main id="main" tabindex="-1">
                     *     <h1>Страница не найдена</h1>
                     *     <p>Эта ссылка не действует…</p><div lang="en"><h2>Page not found</h2><p>This link does not work: it may be mistyped, or the complaint was closed a while ago.</p></div>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
            /** @description The body is not `application/x-www-form-urlencoded` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The body is not application/x-www-form-urlencoded",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait (60) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <!doctype html>
                     *     <html lang="ru">…<main id="main" tabindex="-1">
                     *     <h1>Слишком много запросов</h1>
                     *     <p>Пожалуйста, попробуйте снова через минуту.</p><div lang="en"><h2>Too many requests</h2><p>Please try again in a minute.</p></div>
                     *     </main>
                     *     </body></html>
                     */
                    "text/html": string;
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
    GetSupervisorHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supervisor the token belongs to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorView"];
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
            /** @description No bearer token, or not a current supervisor's */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked supervisor token",
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
}
