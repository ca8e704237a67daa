import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  InvalidRequestException,
  Page,
  StaffPerson,
} from '@redress/platform';
import { DataSource } from 'typeorm';
import { ComplaintStatus } from '../../domain/complaint-status';
import { excerpt, searchScope } from '../../domain/search-scope';
import { SearchComplaintsQuery } from './search-complaints.request.dto';

export interface ComplaintMatch {
  id: string;
  receivedAt: string;
  status: ComplaintStatus;
  touchpoint: string;
  dissatisfaction: string;
  category: string | null;
  department: string | null;
  rootCauseId: string | null;
  externalRef: string | null;
  orderRef: string | null;
  excerpt: string;
}

interface MatchRow {
  id: string;
  received_at: Date;
  status: ComplaintStatus;
  touchpoint: string;
  dissatisfaction: string;
  category: string | null;
  department: string | null;
  root_cause_id: string | null;
  external_ref: string | null;
  order_ref: string | null;
  text_start: string;
}

/**
 * The words to find as a tsquery: parsed the way a web search box is (`websearch_to_tsquery`) with the 'russian'
 * configuration (Snowball stems, Russian for Cyrillic, English for Latin words), then every stem of six letters or
 * more loses its last letter and matches as a prefix. Snowball leaves a noun and a verb of one root a letter apart
 * (`задержка` -> `задержк`, `задержали` -> `задержа`); the shared prefix `задерж:*` finds both. Short stems stay
 * exact, so `час` does not find `часы` and `часть` alike. Lower-cased as the stored vector is (see the migration).
 */
const WORDS_TO_FIND = `regexp_replace(websearch_to_tsquery('russian', lower($1::text COLLATE pg_c_utf8))::text,
  '''([^''[:space:]<>]{5,})[^''[:space:]<>]''', '''\\1'':*', 'g')`;

/** Staff search over every complaint, newest first, paged by (received_at, id); see docs/complaint-search.md. */
@Injectable()
export class SearchComplaintsQueryHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(person: StaffPerson, query: SearchComplaintsQuery): Promise<Page<ComplaintMatch>> {
    const scope = searchScope(person, query.department);
    if (!scope.allowed)
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: `${scope.field}: ${scope.reason}`,
        errors: [{ field: scope.field, reason: scope.reason }],
      });
    if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from))
      throw new InvalidRequestException([{ field: 'to', reason: 'to must be later than from' }]);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(condition(`$${values.length}`));
    };
    if (query.text !== undefined) where((p) => `text_search @@ ${p}::tsquery`, await this.wordsToFind(query.text));
    if (scope.department !== null) where((p) => `department = ${p}`, scope.department);
    if (query.status) where((p) => `status = ${p}`, query.status);
    if (query.category) where((p) => `category = ${p}`, query.category);
    if (query.touchpoint) where((p) => `touchpoint = ${p}`, query.touchpoint);
    if (query.rootCauseId) where((p) => `root_cause_id = ${p}`, query.rootCauseId);
    if (query.from) where((p) => `received_at >= ${p}`, query.from);
    if (query.to) where((p) => `received_at < ${p}`, query.to);
    if (query.ref) where((p) => `(external_ref = ${p} OR ("order" ->> 'ref') = ${p})`, query.ref);
    const after = decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null;
    if (after) {
      values.push(...after);
      conditions.push(`(received_at, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(limit + 1);
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT id, received_at, status, touchpoint, dissatisfaction, category, department, root_cause_id, external_ref,
         "order" ->> 'ref' AS order_ref, left(text, 400) AS text_start
       FROM intake.complaints ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY received_at DESC, id DESC LIMIT $${values.length}`,
      values,
    );
    const items = rows.slice(0, limit).map(matchOf);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.receivedAt, last.id]) : null };
  }

  /** The tsquery for the words, or a 400 when nothing searchable is left (only stop words or punctuation). */
  private async wordsToFind(text: string): Promise<string> {
    const [{ words, nodes }]: { words: string; nodes: number }[] = await this.dataSource.query(
      `SELECT ${WORDS_TO_FIND} AS words, numnode(websearch_to_tsquery('russian', lower($1::text COLLATE pg_c_utf8))) AS nodes`,
      [text],
    );
    if (nodes === 0)
      throw new InvalidRequestException([
        { field: 'text', reason: 'text has no words to search for (only common words or punctuation)' },
      ]);
    return words;
  }
}

function matchOf(row: MatchRow): ComplaintMatch {
  return {
    id: row.id,
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    touchpoint: row.touchpoint,
    dissatisfaction: row.dissatisfaction,
    category: row.category,
    department: row.department,
    rootCauseId: row.root_cause_id,
    externalRef: row.external_ref,
    orderRef: row.order_ref,
    excerpt: excerpt(row.text_start),
  };
}
