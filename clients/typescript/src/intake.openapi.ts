/**
 * The types of intake's HTTP routes, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: `npm run client:generate` writes this file, and a test fails when it is out of date.
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
        post: operations["ClientKeysHttpController_rotate"];
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
        get: operations["ListComplaintsHttpController_list"];
        put?: never;
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
        get: operations["ListAttachmentsHttpController_list"];
        put?: never;
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
        get: operations["ListChangesHttpController_list"];
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
        get: operations["StaffAttachmentsHttpController_download"];
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
            /** @example 2026-11-23T10:15:00.000Z */
            receivedAt: string;
            /**
             * @example received
             * @enum {string}
             */
            status: "received";
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
                prefix: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ keyPrefix, clientSystem, revokedAt }` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No rotated-out key with this prefix */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description `{ items: [{ id, name, kind, createdAt, revokedAt, keys: [...] }] }` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No, unknown or revoked intake admin token (Authorization: Bearer) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RevokeClientKeyHttpController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description No, unknown or revoked intake admin token (Authorization: Bearer) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClientKeysHttpController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ id, name, apiKey, keyPrefix, previousKeyExpiresAt }` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No, unknown or revoked intake admin token (Authorization: Bearer) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such unrevoked client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListComplaintsHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only complaints received at or after this time */
                since?: string;
                status?: "received" | "acknowledged" | "triaged" | "assigned" | "escalated" | "resolved" | "follow-up" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ items, nextCursor }`; pass `nextCursor` back as `cursor` for the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
            };
            /** @description No or unknown X-Api-Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A staff reader key, which cannot file complaints */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Idempotency-Key reused with a different body */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description This API key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds, with the same Idempotency-Key */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description At capacity: retry after the `Retry-After` seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetComplaintHttpController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                content?: never;
            };
            /** @description No such complaint for this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListAttachmentsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description No or unknown X-Api-Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown or revoked API key */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                };
            };
            /** @description No such complaint filed by this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                };
            };
            /** @description This API key is over INTAKE_RATE_LIMIT */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Too Many Requests */
                        error?: string;
                        /** @example This API key is over its rate limit; retry after 1 s */
                        message: string;
                        /** @example 429 */
                        statusCode: number;
                    };
                };
            };
        };
    };
    AddAttachmentHttpController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": {
                        /** @example Bad Request */
                        error?: string;
                        errors?: {
                            field: string;
                            reason: string;
                        }[];
                        /** @example The request is invalid */
                        message: string;
                        /** @example 400 */
                        statusCode: number;
                    };
                };
            };
            /** @description No or unknown X-Api-Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown or revoked API key */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                };
            };
            /** @description No such complaint filed by this client system */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                };
            };
            /** @description The complaint already has ATTACHMENT_MAX_PER_COMPLAINT (5) attachments */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Conflict */
                        error?: string;
                        /** @example The complaint already has 5 attachments */
                        message: string;
                        /** @example 409 */
                        statusCode: number;
                    };
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Payload Too Large */
                        error?: string;
                        /** @example The file is larger than 10485760 bytes */
                        message: string;
                        /** @example 413 */
                        statusCode: number;
                    };
                };
            };
            /** @description Not multipart/form-data, or the file is not a JPEG, PNG or PDF by its content */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Unsupported Media Type */
                        error?: string;
                        /** @example The file is not a JPEG, PNG or PDF (told by its content) */
                        message: string;
                        /** @example 415 */
                        statusCode: number;
                    };
                };
            };
            /** @description This API key is over INTAKE_RATE_LIMIT */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Too Many Requests */
                        error?: string;
                        /** @example This API key is over its rate limit; retry after 1 s */
                        message: string;
                        /** @example 429 */
                        statusCode: number;
                    };
                };
            };
            /** @description ATTACHMENT_MAX_UPLOADS uploads are under way: retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Service Unavailable */
                        error?: string;
                        /** @example Intake is taking 8 uploads; retry after 1 s */
                        message: string;
                        /** @example 503 */
                        statusCode: number;
                    };
                };
            };
        };
    };
    ListAttachmentsHttpController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes as stored, with their real type and `Content-Disposition: attachment` */
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
            /** @description No or unknown X-Api-Key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown or revoked API key */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                    "image/jpeg": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown or revoked API key */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                    "image/png": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown or revoked API key */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                };
            };
            /** @description No such complaint filed by this client system, or no such attachment on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                    "image/jpeg": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                    "image/png": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                };
            };
            /** @description This API key is over INTAKE_RATE_LIMIT */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        /** @example Too Many Requests */
                        error?: string;
                        /** @example This API key is over its rate limit; retry after 1 s */
                        message: string;
                        /** @example 429 */
                        statusCode: number;
                    };
                    "image/jpeg": {
                        /** @example Too Many Requests */
                        error?: string;
                        /** @example This API key is over its rate limit; retry after 1 s */
                        message: string;
                        /** @example 429 */
                        statusCode: number;
                    };
                    "image/png": {
                        /** @example Too Many Requests */
                        error?: string;
                        /** @example This API key is over its rate limit; retry after 1 s */
                        message: string;
                        /** @example 429 */
                        statusCode: number;
                    };
                };
            };
        };
    };
    ListChangesHttpController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous answer; from the first change when absent */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ items, nextCursor, hasMore }`; pass `nextCursor` back as `after` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `after` is not a cursor this feed gave out, or `limit` is not 1-1000 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StaffAttachmentsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description No token, or one neither triage nor escalation knows */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown member or owner token */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                };
            };
            /** @description No such complaint, or not one this person may see the attachments of */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 with attachments you may see */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                };
            };
            /** @description Triage or escalation, which know the token, did not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Service Unavailable */
                        error?: string;
                        /** @example The service that issued this token did not answer; try again shortly */
                        message: string;
                        /** @example 503 */
                        statusCode: number;
                    };
                };
            };
        };
    };
    StaffAttachmentsHttpController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes as stored, with their real type */
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
            /** @description No token, or one neither triage nor escalation knows */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Unauthorized */
                        error?: string;
                        /** @example Unknown member or owner token */
                        message: string;
                        /** @example 401 */
                        statusCode: number;
                    };
                };
            };
            /** @description No such complaint or attachment, or not one this person may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                    "image/jpeg": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                    "image/png": {
                        /** @example Not Found */
                        error?: string;
                        /** @example No attachment 0f8fad5b-d9cb-469f-a165-70867728950e on complaint 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
                        message: string;
                        /** @example 404 */
                        statusCode: number;
                    };
                };
            };
            /** @description Triage or escalation, which know the token, did not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Service Unavailable */
                        error?: string;
                        /** @example The service that issued this token did not answer; try again shortly */
                        message: string;
                        /** @example 503 */
                        statusCode: number;
                    };
                };
            };
        };
    };
}
