import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { csvDocument, csvLine, CsvValue } from './csv';

export type ReportFormat = 'json' | 'csv';

interface ReportRequest {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** CSV when the path ends in `.csv` or the client accepts `text/csv`; JSON otherwise. */
export function reportFormat(request: ReportRequest): ReportFormat {
  const path = (request.url ?? '').split('?')[0];
  if (path.endsWith('.csv')) return 'csv';
  const accept = request.headers.accept;
  const accepted = (Array.isArray(accept) ? accept.join(',') : (accept ?? '')).toLowerCase();
  return /(^|,)\s*text\/csv\s*(;|,|$)/.test(accepted) ? 'csv' : 'json';
}

/** One table of a report as CSV: a header and its rows (groups are small: written at once). */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvValue[]>, name: string): StreamableFile {
  return new StreamableFile(Buffer.from(csvDocument(header, rows), 'utf8'), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${name}.csv"`,
  });
}

/**
 * A report's rows, streamed as they come from the database's cursor: CSV (a header, then a line per row) or JSON
 * (`{"items":[...]}`, written item by item). Memory holds one batch, whatever the period. An error mid-way ends the
 * response early, so a cut file never passes for a whole one (CSV readers see a short file, JSON ones invalid JSON).
 */
export function streamedRows<Row>(
  format: ReportFormat,
  batches: AsyncIterable<Row[]>,
  columns: readonly { name: string; value: (row: Row) => CsvValue }[],
  name: string,
): StreamableFile {
  async function* text(): AsyncGenerator<string> {
    if (format === 'csv') {
      yield csvLine(columns.map((column) => column.name));
      for await (const batch of batches) {
        let chunk = '';
        for (const row of batch) chunk += csvLine(columns.map((column) => column.value(row)));
        yield chunk;
      }
      return;
    }
    yield '{"items":[';
    let first = true;
    for await (const batch of batches) {
      let chunk = '';
      for (const row of batch) {
        const item = Object.fromEntries(columns.map((column) => [column.name, column.value(row) ?? null]));
        chunk += (first ? '' : ',') + JSON.stringify(item);
        first = false;
      }
      yield chunk;
    }
    yield ']}';
  }
  return new StreamableFile(Readable.from(text()), {
    type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    ...(format === 'csv' ? { disposition: `attachment; filename="${name}.csv"` } : {}),
  });
}

/** A report's groups as one flat table, for its CSV: a `group` column says which grouping each row belongs to. */
export interface ReportTable {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/** The report as asked: its JSON document, or its table as a CSV file named `name.csv`. */
export function reportAnswer(format: ReportFormat, name: string, json: object, table: () => ReportTable): object {
  if (format === 'json') return json;
  const { header, rows } = table();
  return csvTable(header, rows, name);
}
