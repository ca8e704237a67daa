import { CircuitBreaker } from './circuit-breaker';

describe('CircuitBreaker', () => {
  it('lets everything through while the endpoint answers, and opens after consecutive failures', () => {
    const breaker = new CircuitBreaker(3, 1000);
    breaker.failed(0);
    breaker.failed(0);
    breaker.succeeded();
    breaker.failed(0);
    breaker.failed(0);
    expect(breaker.allowance(0, 4)).toBe(4);
    breaker.failed(10);
    expect(breaker.allowance(10, 4)).toBe(0);
    expect(breaker.allowance(1009, 4)).toBe(0);
  });

  it('sends one probe after the cooldown: a success closes it, a failure opens it for another cooldown', () => {
    const breaker = new CircuitBreaker(1, 1000);
    breaker.failed(0);
    expect(breaker.allowance(1000, 4)).toBe(1);
    breaker.sending(1000);
    expect(breaker.allowance(1001, 4)).toBe(0);
    breaker.failed(1500);
    expect(breaker.allowance(2499, 4)).toBe(0);
    expect(breaker.allowance(2500, 4)).toBe(1);
    breaker.sending(2500);
    breaker.succeeded();
    expect(breaker.allowance(2500, 4)).toBe(4);
    expect(breaker.isOpen).toBe(false);
  });
});
