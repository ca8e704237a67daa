import { isPermanentFailure } from './delivery-channel';

describe('isPermanentFailure', () => {
  class RefusedDestination extends Error {
    override name = 'RefusedDestination';
  }

  it('fails at once only for a destination refused by policy or an error marked permanent', () => {
    expect(isPermanentFailure(new RefusedDestination('a private address'))).toBe(true);
    expect(isPermanentFailure(Object.assign(new Error('bad recipient'), { permanent: true }))).toBe(true);
    expect(isPermanentFailure(new Error('the callback answered 503'))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('x'), { permanent: 'yes' }))).toBe(false);
    expect(isPermanentFailure('refused')).toBe(false);
  });
});
