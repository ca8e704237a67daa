import { ClusterCandidate, findCluster, significantWords } from './cluster';

describe('significantWords', () => {
  it('keeps stems of meaningful words once, in Russian and English', () => {
    expect(significantWords('The Couriers left the parcel at the neighbours, the courier never called!')).toEqual([
      'called',
      'courie',
      'left',
      'neighb',
      'parcel',
    ]);
    expect(significantWords('Курьер оставил посылку у соседей, курьера не дождались')).toEqual([
      'дождал',
      'курьер',
      'остави',
      'посылк',
      'соседе',
    ]);
  });

  it('finds nothing in short or empty words', () => {
    expect(significantWords('It is so bad, why?')).toEqual([]);
    expect(significantWords('')).toEqual([]);
  });
});

describe('findCluster', () => {
  const newcomer: ClusterCandidate = { complaintId: 'new', words: ['neighb', 'parcel', 'courie'] };
  const resembling = (id: string): ClusterCandidate => ({ complaintId: id, words: ['neighb', 'parcel', 'stolen'] });

  it('gathers the newcomer and the complaints sharing two words with it once they are `size`', () => {
    const cluster = findCluster(newcomer, ['a', 'b', 'c', 'd'].map(resembling), 5);
    expect(cluster).toEqual({ complaintIds: ['new', 'a', 'b', 'c', 'd'], words: ['neighb', 'parcel'] });
  });

  it('is not a cluster one short of the size', () => {
    expect(findCluster(newcomer, ['a', 'b', 'c'].map(resembling), 5)).toBeNull();
  });

  it('leaves out complaints sharing only one word, and the newcomer itself', () => {
    const oneWord = { complaintId: 'x', words: ['parcel', 'refund'] };
    expect(findCluster(newcomer, [...['a', 'b', 'c'].map(resembling), oneWord, newcomer], 5)).toBeNull();
  });

  it('names the cluster by the most shared words first', () => {
    const cluster = findCluster(
      newcomer,
      [resembling('a'), { complaintId: 'b', words: ['courie', 'parcel'] }, resembling('c')],
      4,
    );
    expect(cluster?.words).toEqual(['parcel', 'neighb', 'courie']);
  });
});
