import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IntakeSettings } from '../config/intake.settings';

/** The one route that reads multipart bodies (AddAttachmentHttpController). */
export const UPLOAD_ROUTE = '/complaints/:id/attachments';

/**
 * Lets intake read `multipart/form-data`, for attachments only: one file part, a byte more than ATTACHMENT_MAX_BYTES
 * (so the handler sees a file is too large rather than a silently cut one), few small fields. The plugin hands the
 * file over as a stream; nothing buffers it. Every other route still takes JSON alone: a multipart request to one of
 * them is refused with 415 before anything reads it, as before this parser existed.
 */
export async function acceptMultipartUploads(app: NestFastifyApplication, settings: IntakeSettings): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    const multipartBody = /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');
    if (multipartBody && !(request.method === 'POST' && request.routeOptions.url === UPLOAD_ROUTE)) {
      return reply.code(415).send({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: `Send application/json: only POST ${UPLOAD_ROUTE} takes multipart/form-data`,
      });
    }
  });
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      files: 1,
      fileSize: settings.attachments.maxBytes + 1,
      fields: 4,
      fieldNameSize: 100,
      fieldSize: 1024,
      parts: 5,
      headerPairs: 20,
    },
  });
}
