import { AllowedDestinations } from './allowed-destinations';
import { DestinationPolicy } from './destination-policy';
import { RefusedDestination } from './refused-destination';

const noDns = async (hostname: string): Promise<string[]> => {
  throw new Error(`${hostname} should not have been resolved`);
};
const dnsAnswering = (addresses: string[]) => async () => addresses;

async function refusal(policy: DestinationPolicy, text: string, resolve = noDns): Promise<RefusedDestination> {
  const error = await policy.addressesFor(policy.parse(text), resolve).then(
    () => null,
    (caught: Error) => caught,
  );
  expect(error).toBeInstanceOf(RefusedDestination);
  return error as RefusedDestination;
}

describe('DestinationPolicy', () => {
  const strict = new DestinationPolicy();

  it.each([
    ['http://127.0.0.1/', '127.0.0.1', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'],
    ['http://0x7f000001/', '127.0.0.1', 'loopback'],
    ['http://0177.0.0.1/', '127.0.0.1', 'loopback'],
    ['http://0x7f.1/', '127.0.0.1', 'loopback'],
    ['http://127.1/', '127.0.0.1', 'loopback'],
    ['http://127.0.0.1./', '127.0.0.1', 'loopback'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1', 'loopback'],
    ['http://0/', '0.0.0.0', 'unspecified'],
    ['http://[::1]:8080/hook', '::1', 'loopback'],
    ['http://[::]/', '::', 'unspecified'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'loopback'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1', 'loopback'],
    ['http://[::127.0.0.1]/', '::7f00:1', 'loopback'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::a00:1', 'private'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254', 'metadata'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'metadata'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254', 'metadata'],
    ['http://10.0.0.8:9200/', '10.0.0.8', 'private'],
    ['http://100.64.1.1/', '100.64.1.1', 'shared (CGNAT)'],
    ['http://[fe80::1]/', 'fe80::1', 'link-local'],
    ['http://224.0.0.251/', '224.0.0.251', 'multicast'],
  ])('refuses %s: %s, without asking DNS', async (url, address, kind) => {
    expect((await refusal(strict, url)).reason).toBe(`${address} is not a public address (${kind})`);
  });

  it.each(['http://localhost/', 'http://LOCALHOST./x', 'http://api.localhost:3000/'])(
    'refuses %s as loopback by its name',
    async (url) => {
      expect((await refusal(strict, url)).reason).toMatch(/localhost is not a public address \(loopback\)/);
    },
  );

  it.each(['ftp://crm.example/hook', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'http://[::1/'])(
    'refuses %p as no http(s) URL',
    (text) => {
      expect(() => strict.parse(text)).toThrow(RefusedDestination);
    },
  );

  it('accepts a literal public address as it is', async () => {
    await expect(strict.addressesFor(strict.parse('https://[2606:4700:4700::1111]:8443/hook'), noDns)).resolves.toEqual(
      ['2606:4700:4700::1111'],
    );
    await expect(strict.addressesFor(strict.parse('http://93.184.215.14/'), noDns)).resolves.toEqual(['93.184.215.14']);
  });

  it('accepts a name that resolves to public addresses only, and gives them', async () => {
    const url = strict.parse('https://crm.example.com/hooks');
    await expect(
      strict.addressesFor(url, dnsAnswering(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])),
    ).resolves.toEqual(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
  });

  it.each([
    [['93.184.215.14', '10.0.0.1'], '10.0.0.1', 'private'],
    [['::ffff:127.0.0.1'], '::ffff:127.0.0.1', 'loopback'],
    [['2606:4700::1', 'fd00::1'], 'fd00::1', 'unique-local'],
  ])('refuses a name when any of %p is not public', async (addresses, address, kind) => {
    const error = await refusal(strict, 'https://rebind.example.com/', dnsAnswering(addresses));
    expect(error.reason).toBe(`rebind.example.com resolves to ${address}, which is not a public address (${kind})`);
  });

  describe('with WEBHOOK_ALLOWED_HOSTS', () => {
    const policy = new DestinationPolicy(AllowedDestinations.parse('127.0.0.1,10.20.0.0/16,sinks.internal,localhost'));

    it('lets allowed addresses and networks through, literal or resolved', async () => {
      await expect(policy.addressesFor(policy.parse('http://127.0.0.1:3025/sms'), noDns)).resolves.toEqual([
        '127.0.0.1',
      ]);
      await expect(policy.addressesFor(policy.parse('http://[::ffff:127.0.0.1]:3025/sms'), noDns)).resolves.toEqual([
        '::ffff:7f00:1',
      ]);
      await expect(
        policy.addressesFor(policy.parse('http://hooks.corp/'), dnsAnswering(['10.20.1.2'])),
      ).resolves.toEqual(['10.20.1.2']);
    });

    it('exempts allowed names without resolving them', async () => {
      await expect(policy.addressesFor(policy.parse('http://sinks.internal:8080/'), noDns)).resolves.toBeNull();
      await expect(policy.addressesFor(policy.parse('http://localhost./'), noDns)).resolves.toBeNull();
    });

    it('still refuses what it does not name', async () => {
      expect((await refusal(policy, 'http://127.0.0.2/')).reason).toMatch(/loopback/);
      expect((await refusal(policy, 'http://hooks.corp/', dnsAnswering(['10.21.0.1']))).reason).toMatch(/private/);
      expect((await refusal(policy, 'http://api.localhost/')).reason).toMatch(/loopback/);
    });
  });
});
