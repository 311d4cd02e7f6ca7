/**
 * Collects every problem found in the input so that one build run reports all of them at once.
 *
 *   log.error({ file: 'data/values/idg.csv', row: 4, column: 'nilai', value: 'abc', rule: 'angka',
 *               message: 'Isi dengan angka, mis. 53,02.' })
 *   log.format() -> "data/values/idg.csv:4:nilai  abc  angka  Isi dengan angka, mis. 53,02."
 *
 * A systematic mistake in a national file can repeat millions of times, so only the first
 * `perRuleLimit` issues of each file and rule are kept; the rest are counted.
 */
export interface Issue {
  file: string;
  row?: number;
  column?: string;
  value?: string;
  rule: string;
  message: string;
}

export interface IssueSnapshot {
  errors: Issue[];
  warnings: Issue[];
  counts: Array<[string, number]>;
}

export class IssueLog {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perRuleLimit = 50) {}

  error(issue: Issue): void {
    this.push(this.errors, issue, 'E');
  }

  warn(issue: Issue): void {
    this.push(this.warnings, issue, 'W');
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** Issues that were counted but not kept, per file and rule. */
  omitted(): Array<{ file: string; rule: string; count: number }> {
    const out: Array<{ file: string; rule: string; count: number }> = [];
    for (const [key, count] of this.counts) {
      if (count > this.perRuleLimit) {
        const [, file, rule] = key.split('\u0000');
        out.push({ file: file ?? '', rule: rule ?? '', count: count - this.perRuleLimit });
      }
    }
    return out;
  }

  /** Everything logged, as plain data that can cross to another thread. */
  snapshot(): IssueSnapshot {
    return { errors: this.errors, warnings: this.warnings, counts: [...this.counts] };
  }

  /** Adds another log's issues (from a worker thread) after this one's. */
  absorb(other: IssueSnapshot): void {
    this.errors.push(...other.errors);
    this.warnings.push(...other.warnings);
    for (const [key, n] of other.counts) this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  private push(list: Issue[], issue: Issue, kind: string): void {
    const key = `${kind}\u0000${issue.file}\u0000${issue.rule}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= this.perRuleLimit) list.push(issue);
  }
}

/** One line per issue: `file:row:column  value  rule  message`, the format every build error uses. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.row ?? '', issue.column ?? ''].join(':').replace(/:+$/, '');
  const value = issue.value === undefined ? '-' : JSON.stringify(truncate(issue.value, 40));
  return `${where}  ${value}  ${issue.rule}  ${issue.message}`;
}

export function formatIssueTable(issues: readonly Issue[]): string {
  return issues.map(formatIssue).join('\n');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
