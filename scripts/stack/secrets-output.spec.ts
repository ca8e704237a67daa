import { openSecretsOutput } from './secrets-output';

describe('openSecretsOutput without a file', () => {
  it('shows secrets on a terminal', async () => {
    const written: string[] = [];
    const output = await openSecretsOutput(undefined, { isTTY: true, write: (text: string) => written.push(text) });
    await output.write('{"secret":"rs_1"}\n');
    expect(written).toEqual(['{"secret":"rs_1"}\n']);
    expect(output.where).toBe('shown below, only now');
  });

  it('refuses a stdout that is not a terminal: a pipe or a container log keeps what it is given', async () => {
    const written: string[] = [];
    await expect(
      openSecretsOutput(undefined, { isTTY: false, write: (text: string) => written.push(text) }),
    ).rejects.toThrow(/never printed to a log/);
    expect(written).toEqual([]);
  });
});
