/** The environment a process reads its settings from (process.env, or a test's own object). */
export type Env = Record<string, string | undefined>;

export function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`setting ${name} is required`);
  return value;
}
