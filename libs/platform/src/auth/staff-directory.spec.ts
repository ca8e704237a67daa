import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { StaffDirectory, StaffDirectoryUnavailable } from './staff-directory';

/** A real HTTP server standing in for triage or escalation: answers `/…/me` by the token it is given. */
async function fakeService(answer: (request: IncomingMessage) => { status: number; body?: unknown }) {
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    asked.push(`${request.url} ${request.headers.authorization}`);
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, asked, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const MEMBER = { id: 'm1', name: 'Ivan', department: 'logistics', chair: true, votes: 3 };
const OWNER = { kind: 'owner', id: 'o1', name: 'Olga', department: 'billing', level: 2, phone: '+7900' };

describe('StaffDirectory', () => {
  let triage: Awaited<ReturnType<typeof fakeService>>;
  let escalation: Awaited<ReturnType<typeof fakeService>>;
  let directory: StaffDirectory;

  beforeAll(async () => {
    triage = await fakeService((request) =>
      request.headers.authorization === 'Bearer rm_known'
        ? { status: 200, body: MEMBER }
        : request.headers.authorization === 'Bearer rm_broken'
          ? { status: 500 }
          : { status: 401 },
    );
    escalation = await fakeService((request) =>
      request.headers.authorization === 'Bearer ro_known'
        ? { status: 200, body: OWNER }
        : request.headers.authorization === 'Bearer ro_supervisor'
          ? { status: 200, body: { kind: 'supervisor', id: 's1' } }
          : { status: 403 },
    );
    directory = new StaffDirectory({ triageUrl: triage.url, escalationUrl: escalation.url });
  });

  afterAll(async () => {
    await triage?.close();
    await escalation?.close();
  });

  it("asks triage about a member's token and escalation about an owner's, keeping only who they are", async () => {
    expect(await directory.identify('rm_known')).toEqual({
      role: 'member',
      id: 'm1',
      name: 'Ivan',
      department: 'logistics',
      chair: true,
    });
    expect(await directory.identify('ro_known')).toEqual({
      role: 'owner',
      id: 'o1',
      name: 'Olga',
      department: 'billing',
      level: 2,
    });
    expect(triage.asked).toContain('/committee/me Bearer rm_known');
    expect(escalation.asked).toContain('/owners/me Bearer ro_known');
  });

  it('knows nobody for a refused token, an escalation principal who is not an owner, or another kind of token', async () => {
    const before = triage.asked.length + escalation.asked.length;
    expect(await directory.identify('rm_unknown')).toBeNull();
    expect(await directory.identify('ro_unknown')).toBeNull();
    expect(await directory.identify('ro_supervisor')).toBeNull();
    // A supervisor's or a client system's key is not asked about at all.
    expect(await directory.identify('rs_supervisor')).toBeNull();
    expect(await directory.identify('rk_client')).toBeNull();
    expect(triage.asked.length + escalation.asked.length - before).toBe(3);
  });

  it('says the service is unavailable, not that the person is unknown, when it fails or cannot be reached', async () => {
    await expect(directory.identify('rm_broken')).rejects.toBeInstanceOf(StaffDirectoryUnavailable);
    const nowhere = new StaffDirectory({ triageUrl: 'http://127.0.0.1:1', escalationUrl: 'http://127.0.0.1:1' });
    await expect(nowhere.identify('ro_known')).rejects.toBeInstanceOf(StaffDirectoryUnavailable);
  });
});
