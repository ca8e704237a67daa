import { EndpointTraffic } from './endpoint-traffic';

describe('EndpointTraffic', () => {
  let now = 0;
  let openCircuits = 0;
  const traffic = () =>
    new EndpointTraffic(
      3,
      2,
      1000,
      () => now,
      (count) => (openCircuits = count),
    );

  it('gives an endpoint what its limit leaves, and nothing once its circuit opens, until one probe after the cooldown', () => {
    now = 0;
    const endpoints = traffic();
    endpoints.sending('smtp');
    endpoints.sending('webhook:a.example');
    endpoints.sending('webhook:a.example');
    expect(endpoints.allowances()).toEqual(
      new Map([
        ['smtp', 2],
        ['webhook:a.example', 1],
      ]),
    );
    endpoints.failed('webhook:a.example');
    endpoints.failed('webhook:a.example');
    endpoints.succeeded('smtp');
    expect(endpoints.allowances()).toEqual(new Map([['webhook:a.example', 0]]));
    now = 1000;
    expect(endpoints.allowances()).toEqual(new Map([['webhook:a.example', 1]]));
    endpoints.sending('webhook:a.example');
    expect(endpoints.allowances()).toEqual(new Map([['webhook:a.example', 0]]));
    endpoints.succeeded('webhook:a.example');
    expect(endpoints.allowances()).toEqual(new Map());
  });

  it('does not count a refused destination against its endpoint', () => {
    now = 0;
    const endpoints = traffic();
    for (let i = 0; i < 3; i++) {
      endpoints.sending('sms');
      endpoints.released('sms');
    }
    expect(endpoints.allowances()).toEqual(new Map());
  });

  it('tells how many circuits are open', () => {
    now = 0;
    const endpoints = traffic();
    endpoints.failed('smtp');
    expect(openCircuits).toBe(0);
    endpoints.failed('smtp');
    endpoints.failed('sms');
    endpoints.failed('sms');
    expect(openCircuits).toBe(2);
    expect(endpoints.isOpen('sms')).toBe(true);
    endpoints.succeeded('smtp');
    expect(openCircuits).toBe(1);
    expect(endpoints.isOpen('smtp')).toBe(false);
  });
});
