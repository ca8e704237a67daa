import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export interface ApiDocsOptions {
  title: string;
  description: string;
  /** How callers authenticate: an `X-Api-Key` header (client systems) or a bearer token (people). */
  auth: 'api-key' | 'bearer';
}

/** Serves the OpenAPI document generated from the controllers and DTOs at /docs (JSON at /docs/json). */
export function serveApiDocs(app: INestApplication, options: ApiDocsOptions): void {
  const builder = new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1');
  if (options.auth === 'api-key') builder.addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key');
  else builder.addBearerAuth(undefined, 'bearer');
  const document = SwaggerModule.createDocument(app, builder.build());
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
}
