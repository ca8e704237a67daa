import { HistoryCase, RealCompensation } from '../../domain/compensation-what-if';

const MINUS = 45;
const ZERO = 48;

/**
 * Reads the lines AS_SETTLED sends (one text column a row, its fields joined by commas, an empty field for null)
 * into one HistoryCase that is reused from line to line: a million cases cost a million short strings instead of
 * seventeen million fields and four objects each. The case is valid until the next line is read; the replay keeps
 * nothing of it (numbers and the department's name only).
 */
export class SettledCaseLine {
  private line = '';
  private at = 0;
  private readonly order = { amount: 0, currency: '' };
  private readonly claimed = { amount: 0, currency: '' };
  private readonly real: RealCompensation = {
    period: '',
    grantedAtOnce: 0,
    finalGranted: 0,
    currency: '',
    basis: 'tier',
    status: 'none',
    reviewReason: null,
    requested: null,
    approvedAt: null,
    inWindow: false,
  };
  readonly entry: HistoryCase = {
    settleAt: null,
    department: 'unassigned',
    dissatisfaction: 'mild',
    order: null,
    claimed: null,
    playbookAmount: null,
    real: null,
  };
  // The few words each text field takes (vocabulary, currencies, months), kept once: matched in place, not sliced.
  private readonly words: string[][] = [[], [], [], [], [], [], [], []];

  constructor(
    private readonly departments: ReadonlyMap<string, string>,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The case of one line: settle time (µs), root cause, complaint's facts, playbook's grant, the real outcome. */
  read(line: string): HistoryCase {
    this.line = line;
    this.at = 0;
    const { entry, real } = this;
    const settleAt = (this.integer() as number) / 1000;
    const rootCause = this.slice();
    entry.settleAt = settleAt;
    entry.department = (rootCause !== null && this.departments.get(rootCause)) || 'unassigned';
    entry.dissatisfaction = this.word(0) as HistoryCase['dissatisfaction'];
    entry.order = this.money(this.order, 1);
    entry.claimed = this.money(this.claimed, 2);
    entry.playbookAmount = this.integer();
    real.period = this.word(3) as string;
    const grantedAtOnce = this.integer();
    real.finalGranted = this.integer() as number;
    real.grantedAtOnce = grantedAtOnce ?? real.finalGranted;
    real.currency = this.word(4) as string;
    real.basis = this.word(5) as RealCompensation['basis'];
    real.status = this.word(6) as RealCompensation['status'];
    real.reviewReason = this.word(7) as RealCompensation['reviewReason'];
    real.requested = this.integer();
    const decidedAt = this.integer();
    real.approvedAt = real.status === 'approved' && decidedAt !== null ? decidedAt / 1000 : null;
    // Read as settled, the real time is the settle time.
    real.inWindow = settleAt >= this.from && settleAt < this.to;
    entry.real = real;
    return entry;
  }

  private money(money: { amount: number; currency: string }, words: number) {
    const amount = this.integer();
    const currency = this.word(words);
    if (amount === null) return null;
    money.amount = amount;
    money.currency = currency as string;
    return money;
  }

  /** An integer field; one beyond what a double holds exactly is left to Number, as the driver's text was. */
  private integer(): number | null {
    const { line } = this;
    const start = this.at;
    let end = line.indexOf(',', start);
    if (end < 0) end = line.length;
    this.at = end + 1;
    if (end === start) return null;
    const negative = line.charCodeAt(start) === MINUS;
    let value = 0;
    for (let index = negative ? start + 1 : start; index < end; index++)
      value = value * 10 + line.charCodeAt(index) - ZERO;
    if (value > Number.MAX_SAFE_INTEGER) return Number(line.slice(start, end));
    return negative ? -value : value;
  }

  /** A text field among few values: the kept word it spells, else a new one (kept, up to 64). */
  private word(list: number): string | null {
    const { line } = this;
    const start = this.at;
    let end = line.indexOf(',', start);
    if (end < 0) end = line.length;
    this.at = end + 1;
    if (end === start) return null;
    const words = this.words[list];
    for (const word of words) if (word.length === end - start && line.startsWith(word, start)) return word;
    const word = line.slice(start, end);
    if (words.length < 64) words.push(word);
    return word;
  }

  private slice(): string | null {
    const start = this.at;
    let end = this.line.indexOf(',', start);
    if (end < 0) end = this.line.length;
    this.at = end + 1;
    return end === start ? null : this.line.slice(start, end);
  }
}
