import { UnauthorizedException } from '@nestjs/common';

type HeaderBag = Record<string, string | string[] | undefined>;

/** The token of an `Authorization: Bearer <token>` header, or a 401 saying what is expected. */
export function bearerToken(headers: HeaderBag): string {
  const header = headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([\w.~+/=-]{1,200})$/.exec(header) : null;
  if (!match) throw new UnauthorizedException('Send your token as "Authorization: Bearer <token>"');
  return match[1];
}
