/**
 * How the demo talks: a numbered heading per step, then what was done (`did`) and what it shows (`shows`),
 * with small excerpts instead of raw JSON dumps.
 */
export interface Narrator {
  heading(title: string): void;
  did(text: string): void;
  shows(text: string): void;
  note(text: string): void;
  /** Indented lines: a message body, a small table. */
  block(lines: string[]): void;
}

export function consoleNarrator(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Narrator {
  let step = 0;
  return {
    heading(title) {
      step += 1;
      write('');
      write(`== ${step}. ${title} ${'='.repeat(Math.max(3, 74 - title.length))}`);
    },
    did: (text) => write(`  > ${text}`),
    shows: (text) => write(`  = ${text}`),
    note: (text) => write(`  i ${text}`),
    block: (lines) => lines.forEach((line) => write(`      ${line}`)),
  };
}

/** "12.3 s", "4 min 5 s", "4 h" */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3_600_000)
    return `${Math.floor(ms / 60_000)} min${ms % 60_000 >= 1000 ? ` ${Math.round((ms % 60_000) / 1000)} s` : ''}`;
  if (ms < 86_400_000) return `${+(ms / 3_600_000).toFixed(1)} h`;
  return `${+(ms / 86_400_000).toFixed(1)} d`;
}

/** HH:MM:SS UTC of an ISO instant. */
export function clock(iso: string | Date): string {
  return `${new Date(iso).toISOString().slice(11, 19)} UTC`;
}

/** Left-aligned columns. */
export function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}
