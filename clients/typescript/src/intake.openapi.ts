/**
 * The types of intake's HTTP routes for the TypeScript client and libs/http-api, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: `npm run docs:openapi` writes this file, and a test fails when it is stale.
 */

export interface paths {
    "/admin/client-keys/{prefix}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a rotated-out key
         * @description Ends a rotated-out key before its overlap does; every replica refuses it within a second.
         */
        post: operations["ClientKeysHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/client-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client systems
         * @description Every client system with its working keys (prefix, last use, expiry), newest first; never a key itself.
         */
        get: operations["ListClientSystemsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/client-systems/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a client system
         * @description Every intake replica refuses its keys within a second; its complaints stay. Revoking again answers the first revocation.
         */
        post: operations["RevokeClientKeyHttpController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/client-systems/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a client system's key
         * @description A new key, shown only in this answer; the previous key keeps working for API_KEY_OVERLAP.
         */
        post: operations["ClientKeysHttpController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who an admin token is
         * @description The intake admin the bearer token belongs to, while it is not revoked.
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
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints
         * @description The calling client system's complaints (a staff reader's: everyone's), newest first, a page at a time.
         */
        get: operations["ListComplaintsHttpController_list"];
        put?: never;
        /**
         * File a complaint
         * @description Answers at once with a receipt; the customer is acknowledged and the complaint grouped within moments. Follow it with GET /complaints/{id} or the change feed.
         */
        post: operations["SubmitComplaintHttpController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a complaint
         * @description The complaint as filed and what happened to it. Another client system's complaint answers 404, exactly like one that does not exist; a staff reader key reads any.
         */
        get: operations["GetComplaintHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a complaint's attachments
         * @description The files attached to one of this client system's complaints, oldest first; any other key gets 404.
         */
        get: operations["ListAttachmentsHttpController_list"];
        put?: never;
        /**
         * Attach a file to a complaint
         * @description A photo or a receipt for one of this client system's complaints, streamed into storage as it arrives. The type is told by the first bytes, never by the name or the declared type; the complaint's timeline notes it.
         */
        post: operations["AddAttachmentHttpController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The bytes as stored, streamed, with their real type and `Content-Disposition: attachment`.
         */
        get: operations["ListAttachmentsHttpController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change feed
         * @description Every timeline entry and status step of the caller's complaints after the cursor, each exactly once, in order (docs/integration.md). Changes are kept CHANGE_FEED_RETENTION (30 days by default); a cursor older than that answers 410 rather than skipping what was pruned.
         */
        get: operations["ListChangesHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a customer's personal data
         * @description Erases one customer's personal data from this client system's complaints in every service: the complaints, their timelines and statistics stay, anonymous. Asking again for the same customer is harmless.
         */
        post: operations["EraseCustomerHttpController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/erasure/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow an erasure
         * @description An erasure's progress in each service, with counts and times only: no personal data.
         */
        get: operations["GetErasureHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a customer's data
         * @description Everything Redress holds on one customer of this client system, for a subject-access request: each complaint with what every service did about it. The audit trail notes the export, not whose it was.
         */
        get: operations["ExportCustomerHttpController_export"];
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
    "/internal/complaints/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A complaint's contact details, for the notifier
         * @description The customer's name, form of address, phone and email and the reference to quote, read by the notifier just before it sends a message: no event carries them (ADR 0009). Only with the service token.
         */
        get: operations["GetContactHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/complaints/{id}/customer-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a customer's message to the complaint's callbackUrl
         * @description The notifier hands intake a message for the customer's webhook channel; intake POSTs it to the complaint's callbackUrl signed with the filing client system's own subscription secret (`Redress-Signature`, `Redress-Event-Id` = `messageId`, so repeats can be dropped). One attempt: the notifier retries. Only with the service token (docs/integration.md#customer-messages-by-webhook).
         */
        post: operations["CustomerWebhookHttpController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/complaints/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The contact details of several complaints, for the notifier
         * @description What `GET /internal/complaints/{id}/contact` answers, for up to 100 complaints at once: the notifier asks once for each claim of due messages. Erased and unknown complaints are listed in `gone`. Only with the service token.
         */
        post: operations["GetContactHttpController_many"];
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
    "/staff/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search complaints (staff)
         * @description Complaints matching every filter given, newest first, a page at a time. `text` searches what the customer wrote, in Russian and English, word forms included (docs/complaint-search.md). Committee members search every complaint; an owner searches their own department's and is refused another's.
         */
        get: operations["SearchComplaintsHttpController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/complaints/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a complaint's attachments (staff)
         * @description A complaint's attachments for a committee member (any complaint) or an owner (complaints assigned to their department), oldest first.
         */
        get: operations["StaffAttachmentsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/complaints/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment (staff)
         * @description The bytes as stored, streamed, with their real type, for a person who may see the complaint.
         */
        get: operations["StaffAttachmentsHttpController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the subscription
         * @description The URL, kinds and times; never the secret.
         */
        get: operations["SubscriptionHttpController_get"];
        /**
         * Create or change the subscription
         * @description Creates the subscription (201, with the signing secret shown only now) or changes its URL and kinds (200, the secret stays).
         */
        put: operations["SubscriptionHttpController_put"];
        post?: never;
        /**
         * Delete the subscription
         * @description Deliveries still waiting are cancelled.
         */
        delete: operations["SubscriptionHttpController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the subscription's delivery attempts
         * @description Every attempt, newest first, with where its delivery stands now.
         */
        get: operations["ListDeliveriesHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Same event id and body, as soon as its complaint's earlier events are out.
         */
        post: operations["SubscriptionHttpController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description A new signing secret, shown only now; the previous one keeps signing beside it for WEBHOOK_SECRET_OVERLAP.
         */
        post: operations["SubscriptionHttpController_rotate"];
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
        AttachmentListView: {
            items: components["schemas"]["AttachmentView"][];
        };
        AttachmentView: {
            /**
             * Format: date-time
             * @example 2026-12-06T09:15:02.113Z
             */
            addedAt: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            complaintId: string;
            /**
             * @description What the file is, told by its first bytes (never by its name or the type the sender claimed)
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "application/pdf";
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            id: string;
            /**
             * @description SHA-256 of the bytes, hex: a client can check what it downloads
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            /** @example 482133 */
            sizeBytes: number;
        };
        ChangesPage: {
            /**
             * @description Whether more changes are waiting right now (ask again at once) rather than none yet (poll later)
             * @example false
             */
            hasMore: boolean;
            items: components["schemas"]["ChangeView"][];
            /**
             * @description Pass as `after` next time: the last item's position, or the `after` given when there was nothing new
             * @example 42
             */
            nextCursor: string;
        };
        ChangeView: {
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.200Z
             */
            at: string;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            complaintId: string;
            /**
             * @example {
             *       "from": "acknowledged",
             *       "to": "triaged"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description This client system's feed position: 1, 2, 3... with no gaps
             * @example 42
             */
            position: string;
            /** @example Status: triaged */
            summary: string;
            /**
             * @description The event type, or `status.changed` for a status step
             * @example status.changed
             */
            type: string;
        };
        ClientKeyView: {
            /**
             * @description The current key, rather than a rotated-out one in its overlap
             * @example true
             */
            current: boolean;
            /**
             * Format: date-time
             * @description When a rotated-out key stops working
             * @example 2026-11-30T09:00:00.000Z
             */
            expiresAt: string | null;
            /**
             * @description Null for keys made before prefixes
             * @example rk_Zx3kP9aQ
             */
            keyPrefix: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-29T09:00:00.000Z
             */
            revokedAt: string | null;
        };
        ClientSystemListView: {
            /** @description Newest first */
            items: components["schemas"]["ClientSystemView"][];
        };
        ClientSystemView: {
            /**
             * Format: date-time
             * @example 2026-11-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6
             */
            id: string;
            /** @description Its working keys; never a key itself */
            keys: components["schemas"]["ClientKeyView"][];
            /**
             * @description A staff reader reads every complaint and files none
             * @enum {string}
             */
            kind: "filer" | "staff-reader";
            /** @example demo-crm */
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-29T09:00:00.000Z
             */
            revokedAt: string | null;
        };
        ComplaintAssignmentView: {
            /** @example logistics */
            department: string;
            /**
             * @description The level on the chain: 1 the owner, 2 the head, ...
             * @example 1
             */
            level: number;
        };
        ComplaintCompensationView: {
            /**
             * @description What has been granted so far
             * @example 200.00
             */
            amount: string;
            /** @example RUB */
            currency: string;
            /**
             * @description What the customer claimed, if anything
             * @example 500.00
             */
            requested: string | null;
            /**
             * @description `review` while a person still has to decide on more
             * @enum {string}
             */
            status: "granted" | "review";
        };
        ComplaintContactView: {
            /**
             * Format: uuid
             * @example 0b9d2a4e-5c1f-4d7a-9e3b-2f6c8a1d4e5f
             */
            complaintId: string;
            /** @example anna@example.com */
            email?: string;
            /**
             * @description How the customer is addressed, when the client gave it
             * @example Ms Petrova
             */
            formOfAddress?: string;
            /**
             * @description The customer's name as filed
             * @example Anna Petrova
             */
            name: string;
            /**
             * @description E.164
             * @example +79161234567
             */
            phone: string;
            /**
             * @description The reference quoted to the customer: the client's externalRef, or the complaint id's first 8 characters
             * @example CRM-88172
             */
            reference: string;
        };
        ComplaintMatchPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["ComplaintMatchView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        ComplaintMatchView: {
            /**
             * @description Null until triage links it
             * @example delivery-delay
             */
            category: string | null;
            /**
             * @description The department that owns its root cause; null until the committee decides
             * @example logistics
             */
            department: string | null;
            /**
             * @example outraged
             * @enum {string}
             */
            dissatisfaction: "outraged" | "upset" | "mild";
            /**
             * @description The start of what the customer wrote, cut at a word after 280 characters and marked with …
             * @example Курьер опоздал на три часа и нагрубил по телефону.
             */
            excerpt: string;
            /** @example CRM-88172 */
            externalRef: string | null;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            id: string;
            /** @example ORD-1042 */
            orderRef: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string | null;
            /**
             * @example assigned
             * @enum {string}
             */
            status: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
            /**
             * @example delivery
             * @enum {string}
             */
            touchpoint: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
        };
        ComplaintOrderView: {
            /** @example 2490.00 */
            amount: string;
            /** @example RUB */
            currency: string;
            /** @example ORD-1042 */
            ref?: string;
        };
        ComplaintRemedyView: {
            /**
             * @description The amount claimed
             * @example 150.00
             */
            amount?: string;
            /** @example refund */
            type: string;
        };
        ComplaintSummaryPage: {
            /** @description At most `limit` items */
            items: components["schemas"]["ComplaintSummaryView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ
             */
            nextCursor: string | null;
        };
        ComplaintSummaryView: {
            /** @example outraged */
            dissatisfaction: string;
            /** @example CRM-88172 */
            externalRef: string | null;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
            /**
             * Format: uuid
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string | null;
            /**
             * @example assigned
             * @enum {string}
             */
            status: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
            /** @example delivery */
            touchpoint: string;
        };
        ComplaintView: {
            /** @description Who works on its root cause now */
            assignment: components["schemas"]["ComplaintAssignmentView"] | null;
            compensation: components["schemas"]["ComplaintCompensationView"] | null;
            /** @description The customer as filed */
            customer: components["schemas"]["CustomerDto"];
            /** @example outraged */
            dissatisfaction: string;
            /** @example CRM-88172 */
            externalRef: string | null;
            /**
             * Format: uuid
             * @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11
             */
            id: string;
            order: components["schemas"]["ComplaintOrderView"] | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
            remedy: components["schemas"]["ComplaintRemedyView"] | null;
            /**
             * Format: uuid
             * @description Set once triage has grouped it
             * @example 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f
             */
            rootCauseId: string | null;
            /**
             * @example triaged
             * @enum {string}
             */
            status: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
            /** @example The courier was three hours late and rude on the phone. */
            text: string;
            /** @description Its own events and its root cause's, oldest first */
            timeline: components["schemas"]["TimelineItem"][];
            /** @example delivery */
            touchpoint: string;
        };
        ContactsRequest: {
            /**
             * @example [
             *       "0b9d2a4e-5c1f-4d7a-9e3b-2f6c8a1d4e5f"
             *     ]
             */
            complaintIds: string[];
        };
        ContactsView: {
            /** @description The complaints whose customers can be reached */
            contacts: components["schemas"]["ComplaintContactView"][];
            /**
             * @description Complaints whose customer's data was erased, or that intake does not know: nothing more is sent
             * @example [
             *       "7f3e9c1a-2b4d-4e6f-8a0c-1d3e5f7a9b2c"
             *     ]
             */
            gone: string[];
        };
        ContactView: {
            /** @example anna@example.com */
            email?: string;
            /**
             * @description How the customer is addressed, when the client gave it
             * @example Ms Petrova
             */
            formOfAddress?: string;
            /**
             * @description The customer's name as filed
             * @example Anna Petrova
             */
            name: string;
            /**
             * @description E.164
             * @example +79161234567
             */
            phone: string;
            /**
             * @description The reference quoted to the customer: the client's externalRef, or the complaint id's first 8 characters
             * @example CRM-88172
             */
            reference: string;
        };
        ContactWindowDto: {
            /**
             * @description Start of the window, in the customer's timezone
             * @example 09:00
             */
            from: string;
            /**
             * @description End of the window; earlier than `from` means it runs past midnight
             * @example 20:00
             */
            to: string;
        };
        CustomerDto: {
            /** @description When the customer may be contacted */
            contactWindow?: components["schemas"]["ContactWindowDto"];
            /** @example anna@example.com */
            email?: string;
            /**
             * @description How the customer wants to be addressed
             * @example Ms Petrova
             */
            formOfAddress?: string;
            /**
             * @description The language of every message to the customer; without it, guessed from the complaint's text
             * @example en
             * @enum {string}
             */
            locale?: "ru" | "en";
            /** @example Anna Petrova */
            name: string;
            /**
             * @description E.164
             * @example +79161234567
             */
            phone: string;
            /**
             * @example email
             * @enum {string}
             */
            preferredChannel?: "email" | "sms" | "webhook";
            /**
             * @description IANA time zone of the contact window
             * @example Europe/Moscow
             */
            timezone?: string;
        };
        CustomerExportView: {
            /** @description Each complaint as GET /complaints/:id answers it */
            complaints: components["schemas"]["ComplaintView"][];
            /** @description The customer, as the request named them */
            customer: components["schemas"]["CustomerSelectorRequest"];
            /**
             * Format: date-time
             * @example 2026-12-06T10:00:00.000Z
             */
            exportedAt: string;
            /**
             * @description More complaints matched than one export holds
             * @example false
             */
            truncated: boolean;
        };
        CustomerSelectorRequest: {
            /**
             * @description Compared ignoring case
             * @example anna@example.com
             */
            email?: string;
            /**
             * @description The complaint's externalRef
             * @example CRM-88172
             */
            externalRef?: string;
            /**
             * @description E.164, as the complaints gave it
             * @example +79161234567
             */
            phone?: string;
        };
        CustomerWebhookRequest: {
            /**
             * @example acknowledgement
             * @enum {string}
             */
            kind: "acknowledgement" | "progress" | "resolution" | "compensation" | "review-decision";
            /** @example en */
            locale: string;
            /**
             * Format: uuid
             * @description The notification: the same on every retry, sent as `Redress-Event-Id` so the receiver drops repeats
             * @example 3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b
             */
            messageId: string;
            /** @example We have received your complaint */
            subject: string;
            /** @example Ms Petrova, we have received your complaint CRM-88172 ... */
            text: string;
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
        DeliveryAttemptsPage: {
            items: components["schemas"]["DeliveryAttemptView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example WyIxMjMiXQ
             */
            nextCursor: string | null;
        };
        DeliveryAttemptView: {
            /**
             * Format: date-time
             * @description When the attempt was made
             * @example 2026-12-06T12:00:01.200Z
             */
            at: string;
            /**
             * @description The delivery's attempts so far
             * @example 3
             */
            attempts: number;
            /**
             * Format: uuid
             * @example 0b6f4a55-2f0e-4c1a-8f5e-7c1d2e3f4a5b
             */
            complaintId: string;
            /**
             * Format: uuid
             * @description The delivery: the event id the receiver got, and what `redeliver` takes
             * @example 7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10
             */
            deliveryId: string;
            /**
             * @description Where the delivery stands now: pending (retrying), delivered, failed (given up) or cancelled
             * @example pending
             * @enum {string}
             */
            deliveryStatus: "pending" | "delivered" | "failed" | "cancelled";
            /** @example 38 */
            durationMs: number;
            /** @example the subscription endpoint answered 500 */
            error: string | null;
            /**
             * @example failed
             * @enum {string}
             */
            outcome: "delivered" | "failed";
            /**
             * @description The change feed position of the change delivered
             * @example 42
             */
            position: string;
            /**
             * @description The change: `status.changed` or a timeline entry type
             * @example status.changed
             */
            type: string;
        };
        ErasureProgressView: {
            /** @example 3 */
            complaints: number;
            /**
             * Format: date-time
             * @example 2026-12-06T10:00:02.000Z
             */
            completedAt: string | null;
            /**
             * Format: uuid
             * @example 0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c
             */
            id: string;
            /**
             * @description `retention`: erased on schedule
             * @example request
             * @enum {string}
             */
            reason: "request" | "retention";
            /**
             * Format: date-time
             * @example 2026-12-06T10:00:00.000Z
             */
            requestedAt: string;
            /** @description Progress in each service */
            services: components["schemas"]["ErasureServicesView"];
            /**
             * @description `done` once every service erased
             * @example done
             * @enum {string}
             */
            status: "done" | "in-progress";
        };
        ErasureReceiptView: {
            /**
             * @description This client system's complaints of the customer
             * @example 3
             */
            complaints: number;
            /**
             * Format: uuid
             * @example 0b7e4c2a-9f1d-4e8b-a3c5-6d2f1e0a9b8c
             */
            id: string;
            /**
             * @description `done` at once when no complaint matched
             * @example in-progress
             * @enum {string}
             */
            status: "in-progress" | "done";
        };
        ErasureServicesView: {
            escalation: components["schemas"]["ServiceProgressView"];
            intake: components["schemas"]["ServiceProgressView"];
            notifier: components["schemas"]["ServiceProgressView"];
            triage: components["schemas"]["ServiceProgressView"];
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
        OrderDto: {
            /**
             * @description Decimal string with at most the currency's minor digits
             * @example 2490.00
             */
            amount: string;
            /**
             * @description ISO 4217
             * @example RUB
             */
            currency: string;
            /** @example ORD-1042 */
            ref?: string;
        };
        RedeliveryView: {
            /**
             * Format: uuid
             * @description The event id
             * @example 7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10
             */
            id: string;
            /** @example pending */
            status: string;
        };
        RemedyDto: {
            /**
             * @description Amount claimed, in the order's currency
             * @example 150.00
             */
            amount?: string;
            /**
             * @example refund
             * @enum {string}
             */
            type: "refund" | "replacement" | "repair" | "apology" | "other";
        };
        ReplayView: {
            /** @description The dead letters this request republished (none when all were replayed before) */
            replayed: components["schemas"]["DeadLetterView"][];
        };
        RevokedClientSystemView: {
            /**
             * Format: uuid
             * @example 8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6
             */
            id: string;
            /** @example demo-crm */
            name: string;
            /**
             * Format: date-time
             * @description The first revocation
             * @example 2026-11-23T10:15:00.000Z
             */
            revokedAt: string;
        };
        RevokedKeyView: {
            /**
             * @description The client system the key belonged to
             * @example demo-crm
             */
            clientSystem: string;
            /** @example rk_Zx3kP9aQ */
            keyPrefix: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            revokedAt: string;
        };
        RotatedKeyView: {
            /**
             * @description Shown only now; only its hash is stored
             * @example rk_Zx3kP9aQ...
             */
            apiKey: string;
            /**
             * Format: uuid
             * @example 8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6
             */
            id: string;
            /** @example rk_Zx3kP9aQ */
            keyPrefix: string;
            /** @example demo-crm */
            name: string;
            /**
             * Format: date-time
             * @description When the key it replaces stops working; null when there was none left to keep
             * @example 2026-11-24T10:15:00.000Z
             */
            previousKeyExpiresAt: string | null;
        };
        ServiceProgressView: {
            /**
             * @description Complaints of the erasure this service held data of
             * @example 3
             */
            complaints: number;
            /**
             * @description Parts the erasure has (large erasures go in batches)
             * @example 1
             */
            parts: number;
            /**
             * @description Parts of the erasure this service has reported done
             * @example 1
             */
            partsDone: number;
            /**
             * @example done
             * @enum {string}
             */
            status: "done" | "in-progress";
        };
        SubmitComplaintRequest: {
            /**
             * @description Receives signed status webhooks; http(s) to a host that resolves to public addresses only (docs/outbound-calls.md)
             * @example https://crm.example/hooks/redress
             */
            callbackUrl?: string;
            customer: components["schemas"]["CustomerDto"];
            /**
             * @example outraged
             * @enum {string}
             */
            dissatisfaction: "outraged" | "upset" | "mild";
            /**
             * @description The client system's own reference
             * @example CRM-88172
             */
            externalRef?: string;
            order?: components["schemas"]["OrderDto"];
            remedy?: components["schemas"]["RemedyDto"];
            /**
             * @description The customer's words, 1-5000 characters, kept verbatim
             * @example The courier was three hours late and rude on the phone.
             */
            text: string;
            /**
             * @example delivery
             * @enum {string}
             */
            touchpoint: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
        };
        SubmittedComplaintDto: {
            /** @example 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:00.000Z
             */
            receivedAt: string;
            /**
             * @example received
             * @enum {string}
             */
            status: "received";
        };
        SubscriptionRequest: {
            /**
             * @description `status`: every status step; `timeline`: every timeline entry
             * @example [
             *       "status",
             *       "timeline"
             *     ]
             */
            kinds: ("status" | "timeline")[];
            /**
             * @description Receives signed JSON POSTs; http(s) to a host that resolves to public addresses only (docs/outbound-calls.md)
             * @example https://crm.example/hooks/redress
             */
            url: string;
        };
        SubscriptionView: {
            /**
             * Format: date-time
             * @example 2026-12-06T12:00:00.000Z
             */
            createdAt: string;
            /**
             * @example [
             *       "status",
             *       "timeline"
             *     ]
             */
            kinds: ("status" | "timeline")[];
            /**
             * Format: date-time
             * @description While a rotation overlaps: when the previous secret stops signing
             * @example null
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Only in the answer that created the subscription or rotated its secret: never shown again
             * @example whsec_3q2-7wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
             */
            signingSecret?: string;
            /**
             * Format: date-time
             * @example 2026-12-06T12:00:00.000Z
             */
            updatedAt: string;
            /** @example https://crm.example/hooks/redress */
            url: string;
        };
        TimelineItem: {
            /**
             * Format: date-time
             * @example 2026-11-23T10:15:01.200Z
             */
            at: string;
            /**
             * @description What concerns this complaint only: never other complaints or customers
             * @example {
             *       "category": "late-delivery",
             *       "rootCauseId": "0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /** @example Grouped under root cause "late-delivery" */
            summary: string;
            /**
             * @description The event type, or `status.changed`
             * @example rootcause.complaint-linked
             */
            type: string;
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
    ClientKeysHttpController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The first characters of the key, as `GET /admin/client-systems` lists them */
                prefix: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedKeyView"];
                };
            };
            /** @description `prefix` is not `rk_` and 8 more characters */
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
                     *           "field": "prefix",
                     *           "reason": "must be \"rk_\" and 8 more characters of a key"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No, unknown or revoked intake admin token */
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
            /** @description No rotated-out key with this prefix */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No rotated-out key with this prefix (a current key goes by rotating it or revoking its client system)",
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
    ListClientSystemsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every client system, with its working keys (never a key itself) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSystemListView"];
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
            /** @description No, unknown or revoked intake admin token */
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
    RevokeClientKeyHttpController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client system */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client system and when its key was revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedClientSystemView"];
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
            /** @description No, unknown or revoked intake admin token */
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
            /** @description No such client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such client system",
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
    ClientKeysHttpController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client system */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key (shown this once) and until when the old one still works */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedKeyView"];
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
            /** @description No, unknown or revoked intake admin token */
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
            /** @description No such unrevoked client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such unrevoked client system",
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
            /** @description No, unknown or revoked intake admin token */
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
    ListComplaintsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only complaints received at or after this time */
                since?: string;
                /** @description Only complaints with this status */
                status?: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; pass `nextCursor` back as `cursor` for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintSummaryPage"];
                };
            };
            /** @description A bad `status`, `since`, `limit` or `cursor`: `errors` names it */
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
                     *           "field": "limit",
                     *           "reason": "limit must not be greater than 200"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    SubmitComplaintHttpController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe: the same key and body within 24 h answers with the first result; another body is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitComplaintRequest"];
            };
        };
        responses: {
            /** @description Received; `Location` names the complaint */
            202: {
                headers: {
                    /** @description `true` when an earlier request with this Idempotency-Key is answered again */
                    "Idempotent-Replayed"?: "true";
                    /** @description The complaint: `/complaints/{id}` */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedComplaintDto"];
                };
            };
            /** @description Invalid body: `errors` lists each field with its reason (a `callbackUrl` must resolve to public addresses only) */
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
                     *           "field": "customer.phone",
                     *           "reason": "must be an E.164 phone number such as +79161234567"
                     *         },
                     *         {
                     *           "field": "dissatisfaction",
                     *           "reason": "dissatisfaction must be one of the following values: outraged, upset, mild"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A staff reader key, which cannot file complaints */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "This API key reads complaints for staff; it cannot file them",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "This Idempotency-Key was already used with a different body",
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
            /** @description This API key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds, with the same Idempotency-Key */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
            /** @description At capacity: retry after the `Retry-After` seconds, with the same Idempotency-Key */
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
                     *       "message": "Intake is at capacity; retry after 1 s with the same Idempotency-Key",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetComplaintHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as the receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complaint as filed, its status, root cause, assignment, compensation and timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
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
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint for this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    ListAttachmentsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListView"];
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
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint filed by this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    AddAttachmentHttpController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        /** @description One part named `file`: a JPEG, PNG or PDF (told by its content, whatever its name or declared type), at most ATTACHMENT_MAX_BYTES (10 MiB by default) */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Stored; `Location` names the attachment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            /** @description No part named `file`, an empty file, or a malformed multipart body */
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
                     *           "field": "file",
                     *           "reason": "is empty"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint filed by this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The complaint already has ATTACHMENT_MAX_PER_COMPLAINT (5) attachments */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "The complaint already has 5 attachments",
                     *       "statusCode": 409
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Payload Too Large",
                     *       "message": "The file is larger than 10485760 bytes",
                     *       "statusCode": 413
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not multipart/form-data, or the file is not a JPEG, PNG or PDF by its content */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unsupported Media Type",
                     *       "message": "The file is not a JPEG, PNG or PDF (told by its content)",
                     *       "statusCode": 415
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
            /** @description ATTACHMENT_MAX_UPLOADS uploads are under way: retry after the `Retry-After` seconds */
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
                     *       "message": "Intake is taking 8 uploads; retry after 1 s",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListAttachmentsHttpController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The attachment, as the upload or the list named it */
                attachmentId: string;
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, of the type its first bytes showed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/jpeg": Blob;
                    "image/png": Blob;
                };
            };
            /** @description An id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint filed by this client system, or no such attachment on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    ListChangesHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous answer; from the oldest change kept when absent. A cursor before it answers 410 */
                after?: string;
                /** @description At most this many changes */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next changes; pass `nextCursor` back as `after` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesPage"];
                };
            };
            /** @description `after` is not a cursor this feed gave out, or `limit` is not 1-1000 */
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
                     *           "field": "after",
                     *           "reason": "after is not a cursor this feed gave out"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `after` points before the oldest change the feed keeps (CHANGE_FEED_RETENTION): the changes after it were pruned. Read the complaints again, then follow the feed from `resumeCursor` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CHANGES.CURSOR_PRUNED",
                     *       "cursor": "cDo0Mg",
                     *       "error": "Gone",
                     *       "errors": [
                     *         {
                     *           "field": "after",
                     *           "reason": "after points before the oldest change the feed keeps"
                     *         }
                     *       ],
                     *       "message": "The changes after cursor cDo0Mg were pruned (the feed keeps CHANGE_FEED_RETENTION); the oldest kept is position 1001. Read your complaints again (GET /complaints and GET /complaints/:id), then follow the feed from resumeCursor",
                     *       "oldestPosition": "1001",
                     *       "resumeCursor": "cDoxMDAw",
                     *       "statusCode": 410
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    EraseCustomerHttpController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSelectorRequest"];
            };
        };
        responses: {
            /** @description The erasure, under way; `Location` names it for GET /customers/erasure/:id */
            202: {
                headers: {
                    /** @description Where to follow the erasure */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureReceiptView"];
                };
            };
            /** @description Not exactly one of phone, email, externalRef, or one of them malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "Give exactly one of phone, email, externalRef",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A staff reader key: only the client system that filed the complaints acts on its customers' data */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "A staff reader key cannot act on customers' data",
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
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    GetErasureHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The erasure, as POST /customers/erasure named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The erasure's progress in each service; `status` is `done` once every service erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureProgressView"];
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
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such erasure for this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such erasure",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    ExportCustomerHttpController_export: {
        parameters: {
            query?: {
                /** @description Compared ignoring case */
                email?: string;
                /** @description The complaint's externalRef */
                externalRef?: string;
                /** @description E.164, as the complaints gave it */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's complaints, each as GET /complaints/:id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerExportView"];
                };
            };
            /** @description Not exactly one of phone, email, externalRef, or one of them malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "Give exactly one of phone, email, externalRef",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A staff reader key: only the client system that filed the complaints acts on its customers' data */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "A staff reader key cannot act on customers' data",
                     *       "statusCode": 403
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    GetContactHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact details as filed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
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
            /** @description No service token, or a wrong one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Send the service token as a bearer token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such complaint",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The customer's data was erased: nothing more is sent */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Gone",
                     *       "message": "The customer's data was erased",
                     *       "statusCode": 410
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
    CustomerWebhookHttpController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerWebhookRequest"];
            };
        };
        responses: {
            /** @description The callback answered 2xx */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A field missing or too long, named with its reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "text: must be at most 20000 characters",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No service token, or a wrong one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Send the service token as a bearer token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such complaint",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No callbackUrl, or the client system has no subscription secret: retrying cannot help */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Conflict",
                     *       "message": "The client system has no webhook subscription, so no secret of its own to sign with (PUT /subscription)",
                     *       "statusCode": 409
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The customer's data was erased: nothing more is sent */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Gone",
                     *       "message": "The customer's data was erased",
                     *       "statusCode": 410
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
            /** @description The callbackUrl resolves to a non-public address now (docs/outbound-calls.md) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unprocessable Entity",
                     *       "message": "the callback is refused: it resolves to a loopback address",
                     *       "statusCode": 422
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
            /** @description The callback failed (an error, a timeout, a non-2xx answer): retry later */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Gateway",
                     *       "message": "the callback answered 500",
                     *       "statusCode": 502
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetContactHttpController_many: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactsRequest"];
            };
        };
        responses: {
            /** @description Each complaint asked about, in `contacts` or in `gone` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsView"];
                };
            };
            /** @description `complaintIds` is missing, empty, too long or holds something other than UUIDs */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "each complaint id must be a UUID",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No service token, or a wrong one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Send the service token as a bearer token",
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
    SearchComplaintsHttpController_find: {
        parameters: {
            query?: {
                /** @description Only complaints triage filed under this category */
                category?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only complaints whose root cause this department owns (an owner's search is always their own) */
                department?: string;
                /** @description Only complaints received at or after this time */
                from?: string;
                /** @description At most this many items */
                limit?: number;
                /** @description Only complaints with this external reference or this order reference (exact) */
                ref?: string;
                /** @description Only complaints grouped under this root cause */
                rootCauseId?: string;
                /** @description Only complaints with this status */
                status?: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
                /** @description Words to find in the complaint text, Russian or English, in web-search syntax: `"exact phrase"`, `-word` to exclude, `or`. Word forms match: `задержка` finds `задержали`, `delay` finds `delayed` */
                text?: string;
                /** @description Only complaints received before this time */
                to?: string;
                /** @description Only complaints made at this touchpoint */
                touchpoint?: "store" | "web" | "app" | "call-centre" | "delivery" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; pass `nextCursor` back as `cursor` for the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintMatchPage"];
                };
            };
            /** @description A filter out of its bounds, `to` not after `from`, `text` with no words, or a bad cursor */
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
                     *           "field": "text",
                     *           "reason": "text must be shorter than or equal to 200 characters"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or one neither triage nor escalation knows */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member or owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An owner asked for another department's complaints */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "errors": [
                     *         {
                     *           "field": "department",
                     *           "reason": "owners search the complaints of their own department (logistics) only"
                     *         }
                     *       ],
                     *       "message": "department: owners search the complaints of their own department (logistics) only",
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
            /** @description Triage or escalation, which know the token, did not answer */
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
                     *       "message": "The service that issued this token did not answer; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffAttachmentsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListView"];
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
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or one neither triage nor escalation knows */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member or owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint, or not one this person may see the attachments of */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 with attachments you may see",
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
            /** @description Triage or escalation, which know the token, did not answer */
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
                     *       "message": "The service that issued this token did not answer; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffAttachmentsHttpController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The attachment, as the upload or the list named it */
                attachmentId: string;
                /** @description The complaint, as its receipt named it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, of the type its first bytes showed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/jpeg": Blob;
                    "image/png": Blob;
                };
            };
            /** @description An id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Bad Request",
                     *       "message": "Validation failed (uuid v 4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or one neither triage nor escalation knows */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown member or owner token",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such complaint or attachment, or not one this person may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7",
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
            /** @description Triage or escalation, which know the token, did not answer */
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
                     *       "message": "The service that issued this token did not answer; try again shortly",
                     *       "statusCode": 503
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubscriptionHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
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
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This client system has no subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "This client system has no subscription",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    SubscriptionHttpController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description Changed; without `signingSecret` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description Created, with its signing secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description `url` is not an http(s) URL of a public address, or `kinds` is not a set of status, timeline */
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
                     *           "field": "url",
                     *           "reason": "must be an http(s) URL of a public address: 10.1.2.3 is private"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A staff reader key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Forbidden",
                     *       "message": "This API key reads complaints for staff; it cannot file them",
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
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    SubscriptionHttpController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This client system has no subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "This client system has no subscription",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    ListDeliveriesHttpController_list: {
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
            /** @description A page of attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryAttemptsPage"];
                };
            };
            /** @description `cursor` is not one this list gave out, or `limit` is not 1-200 */
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
                     *           "field": "cursor",
                     *           "reason": "cursor is not a cursor this list gave out"
                     *         }
                     *       ],
                     *       "message": "The request is invalid",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    SubscriptionHttpController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery: its event id, as `GET /subscription/deliveries` lists it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued to be sent again */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeliveryView"];
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
                     *       "message": "Validation failed (uuid v4 is expected)",
                     *       "statusCode": 400
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such delivery for this client system, or no subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "No such delivery for this client system",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
    SubscriptionHttpController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret and when the previous one stops signing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
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
            /** @description No X-Api-Key, or an unknown or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Unauthorized",
                     *       "message": "Unknown or revoked API key",
                     *       "statusCode": 401
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This client system has no subscription */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not Found",
                     *       "message": "This client system has no subscription",
                     *       "statusCode": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Whole seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Too Many Requests",
                     *       "message": "This API key is over its rate limit; retry after 1 s",
                     *       "statusCode": 429
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
