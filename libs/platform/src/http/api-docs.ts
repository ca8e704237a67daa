import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export interface ApiDocsOptions {
  title: string;
  description: string;
  /** How callers authenticate: an `X-Api-Key` header (client systems) or a bearer token (people). */
  auth: 'api-key' | 'bearer';
}

/** The OpenAPI document generated from the controllers and DTOs of a running (or previewed) application. */
export function apiDocument(app: INestApplication, options: ApiDocsOptions): OpenAPIObject {
  const builder = new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1');
  if (options.auth === 'api-key') builder.addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key');
  else builder.addBearerAuth(undefined, 'bearer');
  return SwaggerModule.createDocument(app, builder.build());
}

/** Serves the OpenAPI document at /docs (JSON at /docs/json). */
export function serveApiDocs(app: INestApplication, options: ApiDocsOptions): void {
  SwaggerModule.setup('docs', app, apiDocument(app, options), { jsonDocumentUrl: 'docs/json' });
}

/**
 * The same document without running the service: Nest's preview mode reads the modules' controllers and decorators
 * but instantiates nothing, so no database or broker is reached. For generators (the TypeScript client's types).
 */
export async function previewApiDocument(module: Type<unknown>, options: ApiDocsOptions): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, new FastifyAdapter(), { preview: true, logger: false });
  try {
    return apiDocument(app, options);
  } finally {
    await app.close();
  }
}
