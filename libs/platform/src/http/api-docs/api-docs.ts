import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SecuritySchemeObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ServiceName } from '@redress/contracts';
import { DEFAULT_PORTS } from '../../config/settings';
import { errorExample } from './api-errors.decorator';
import { ErrorResponse } from './error-response';
import { toOpenApi31 } from './openapi-3-1';

export interface ApiDocsOptions {
  /** The service: the document is written to docs/openapi/<service>.json and names its `npm start` address. */
  service: ServiceName;
  title: string;
  description: string;
  /** Every tag the controllers use, with what its routes are for. */
  tags: Record<string, string>;
  /** How callers authenticate, by the names the controllers' `@ApiSecurity` use. */
  auth: Record<string, SecuritySchemeObject>;
}

/** A client system's key in the `X-Api-Key` header. */
export function apiKeyAuth(description: string): SecuritySchemeObject {
  return { type: 'apiKey', in: 'header', name: 'X-Api-Key', description };
}

/** A person's or an admin's token in `Authorization: Bearer <token>`. */
export function bearerAuth(description: string): SecuritySchemeObject {
  return { type: 'http', scheme: 'bearer', description };
}

const MALFORMED = 'A query string or path that is not well-formed UTF-8; `errors` names the parameter';

const UNEXPECTED = 'An unexpected failure: logged with its stack, and the body says no more';

function errorAnswer(description: string, example: Partial<ErrorResponse>) {
  return {
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' }, example } },
  };
}

/**
 * The OpenAPI 3.1 document of a service, generated from its controllers, DTOs and view classes. Answers every route
 * may give without saying so are added here once: a 400 for a malformed query string, a 413 and a 415 wherever a
 * JSON body is read (see `runService`), and the 500 of an unexpected failure.
 */
export function apiDocument(app: INestApplication, options: ApiDocsOptions): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion('1')
    .addServer(`http://127.0.0.1:${DEFAULT_PORTS[options.service]}`, 'The local stack of `npm start`');
  for (const [name, description] of Object.entries(options.tags)) builder.addTag(name, description);
  for (const [name, scheme] of Object.entries(options.auth)) builder.addSecurity(name, scheme);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ErrorResponse] });
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      if (!operation) continue;
      const accepted = Object.keys((operation.requestBody as { content?: object } | undefined)?.content ?? {});
      const errors = operation.requestBody
        ? {
            400: MALFORMED,
            413: 'The body is over 64 KiB',
            415: `The body is not ${accepted.map((type) => `\`${type}\``).join(' or ')}`,
          }
        : { 400: MALFORMED };
      for (const [status, description] of Object.entries(errors)) {
        operation.responses[status] ??= errorAnswer(
          description,
          errorExample(Number(status) as 400 | 413 | 415, description.replace(/`/g, '')),
        );
      }
      operation.responses[500] ??= errorAnswer(UNEXPECTED, { statusCode: 500, message: 'Internal server error' });
    }
  }
  return toOpenApi31(document);
}

/** Serves the service's OpenAPI document at /docs (Swagger UI) and /docs/json. */
export function serveApiDocs(app: INestApplication, options: ApiDocsOptions): void {
  SwaggerModule.setup('docs', app, apiDocument(app, options), { jsonDocumentUrl: 'docs/json' });
}

/**
 * The document of a service's module without starting it: Nest's preview mode reads the controllers' metadata and
 * instantiates nothing, so no database or broker is needed (`npm run docs:openapi` and the freshness tests).
 */
export async function apiDocumentOf(module: Type<unknown>, options: ApiDocsOptions): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, new FastifyAdapter(), { preview: true, logger: false });
  try {
    return apiDocument(app, options);
  } finally {
    await app.close();
  }
}

/** The document as it is written to docs/openapi/: keys sorted, so the same code always gives the same bytes. */
export function apiDocumentText(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** Where `npm run docs:openapi` writes a service's document, from the repository root. */
export function apiDocumentPath(service: ServiceName): string {
  return `docs/openapi/${service}.json`;
}

/**
 * The settings a service's module is built with for its document. Preview mode connects to nothing, and fixed
 * settings keep the document the same on every machine.
 */
export const API_DOCS_ENV: Readonly<Record<string, string>> = {
  DATABASE_URL: 'postgres://docs.invalid/redress',
  KAFKA_BROKERS: 'docs.invalid:9092',
};

/** What each service's `cli/openapi.cli.ts` does: prints the document, as written to docs/openapi/. */
export async function printApiDocument(module: Type<unknown>, options: ApiDocsOptions): Promise<void> {
  process.stdout.write(apiDocumentText(await apiDocumentOf(module, options)));
}
