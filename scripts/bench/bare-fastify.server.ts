import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';

/**
 * The HTTP floor of `bench:intake`, run as its own process like intake: the Fastify that Nest's adapter brings, one
 * POST route that parses the JSON body and answers 202 with an id. No validation, no database, no logging.
 * Listens on PORT on loopback and prints "listening" when ready; exits when its parent does (stdin closes).
 */
async function main(): Promise<void> {
  const app = Fastify({ logger: false });
  app.post('/complaints', async (request, reply) => {
    const body = request.body as { externalRef?: string } | null;
    return reply.code(202).send({ id: randomUUID(), externalRef: body?.externalRef ?? null, status: 'received' });
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.stdin.on('end', () => process.exit(0)).resume();
  process.stdout.write('listening\n');
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
