import { ChainLink, nextStep } from './escalation-chain';

const chain: ChainLink[] = [
  { ownerId: 'o1', name: 'Owner', level: 1 },
  { ownerId: 'o2', name: 'Head', level: 2 },
  { ownerId: 'o3', name: 'Director', level: 3 },
];

describe('nextStep', () => {
  it('hands a missed deadline to the next level up', () => {
    expect(nextStep(chain, 1)).toEqual({ kind: 'escalate', to: chain[1] });
    expect(nextStep(chain, 2)).toEqual({ kind: 'escalate', to: chain[2] });
  });

  it('breaches at the top of the chain', () => {
    expect(nextStep(chain, 3)).toEqual({ kind: 'breach' });
  });

  it('follows the chain as edited: a longer chain goes on, a shorter one breaches where it ends', () => {
    const longer = [...chain, { ownerId: 'o4', name: 'Board', level: 4 }];
    expect(nextStep(longer, 3)).toEqual({ kind: 'escalate', to: longer[3] });
    expect(nextStep(chain.slice(0, 2), 2)).toEqual({ kind: 'breach' });
    expect(nextStep(chain.slice(0, 2), 3)).toEqual({ kind: 'breach' });
  });

  it('does not rely on the order it is given', () => {
    expect(nextStep([...chain].reverse(), 1)).toEqual({ kind: 'escalate', to: chain[1] });
  });
});
