/**
 * Progress of a scan on stderr. In a terminal, one line redrawn in place every 250 ms
 * (never frozen while a quota holds the scan back); without a terminal (CI logs), one short
 * line every N seconds; nothing with --quiet. After the listing calls the line shows the
 * calls made against the plan's total, the percentage, the elapsed time, an ETA from the
 * quota-bound time, and the quota that is the bottleneck.
 */
import type { ScanPlan } from '../collect/plan.ts';
import type { CliIO } from './io.ts';

export interface ProgressState {
  tasksDone: number;
  tasksTotal: number;
  calls: number;
  gaps: number;
}

/** What the line is drawn from; `plan` and `planAt` are set once the listing calls are done. */
export interface ProgressSnapshot extends ProgressState {
  startedAt: number;
  now: number;
  plan?: Pick<ScanPlan, 'total' | 'quotaBoundSeconds' | 'slowest'>;
  /** When the plan was made (ms) and how many calls had been made then. */
  planAt?: number;
  callsAtPlan?: number;
}

const REDRAW_MS = 250;
export const DEFAULT_PROGRESS_SECONDS = 10;

const number = (n: number) => n.toLocaleString('en-US');

/** "7s", "2m 05s", "1h 02m"; with `tenths`, below a minute "7.4s" (so that a live line visibly moves). */
export function formatDuration(seconds: number, tenths = false): string {
  if (tenths && seconds < 59.95) return `${Math.max(0, seconds).toFixed(1)}s`;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** "ACM DescribeCertificate in us-east-1, 10/s" from a quota bucket such as `acm:DescribeCertificate`. */
export function describeBottleneck(slowest: { bucket: string; region: string; rate: number }): string {
  const [service = '', operation = ''] = slowest.bucket.split(':');
  const name = operation === '*' ? `${service.toUpperCase()} (all operations)` : `${service.toUpperCase()} ${operation}`;
  return `${name} in ${slowest.region}, ${number(slowest.rate)}/s`;
}

/**
 * Seconds left: the larger of the quota-bound time still to run (from when the plan was
 * made) and the calls left at the rate observed since then.
 */
export function etaSeconds(p: ProgressSnapshot): number | undefined {
  if (!p.plan || p.planAt === undefined) return undefined;
  const sincePlan = (p.now - p.planAt) / 1000;
  const quotaLeft = Math.max(0, p.plan.quotaBoundSeconds - sincePlan);
  const callsLeft = Math.max(0, p.plan.total - p.calls);
  const made = p.calls - (p.callsAtPlan ?? 0);
  const rateLeft = made > 0 && sincePlan > 0 ? callsLeft / (made / sincePlan) : 0;
  return Math.max(quotaLeft, rateLeft);
}

export function renderProgress(p: ProgressSnapshot): string {
  const elapsed = formatDuration((p.now - p.startedAt) / 1000, true);
  const gaps = p.gaps > 0 ? `, ${number(p.gaps)} gaps` : '';
  if (!p.plan) {
    const tasks = p.tasksTotal > 0 ? `, ${p.tasksDone}/${p.tasksTotal} tasks done` : '';
    return `scanning: listing resources, ${number(p.calls)} API calls${tasks}${gaps}, ${elapsed} elapsed`;
  }
  const total = Math.max(p.plan.total, p.calls);
  const percent = total === 0 ? 100 : Math.min(99, Math.floor((p.calls / total) * 100));
  const eta = etaSeconds(p);
  const bottleneck = p.plan.slowest && p.plan.slowest.seconds > 0 ? `; bottleneck ${describeBottleneck(p.plan.slowest)}` : '';
  return `scanning: ${number(p.calls)}/${number(total)} calls (${percent}%)${gaps}, ${elapsed} elapsed, ETA ${eta === undefined ? '?' : formatDuration(eta)}${bottleneck}`;
}

/** Reads the live call count (the scan's CallCounter). */
export interface CallSource {
  readonly total: number;
}

export class ScanProgress {
  readonly #io: CliIO;
  readonly #mode: 'tty' | 'log' | 'off';
  readonly #everyMs: number;
  readonly #state: ProgressSnapshot;
  #calls?: CallSource;
  #timer?: NodeJS.Timeout;
  #drawn = false;
  #lastLog = 0;

  constructor(io: CliIO, options: { quiet: boolean; everySeconds?: number; now?: () => number }) {
    this.#io = io;
    this.#mode = options.quiet ? 'off' : io.stderrIsTTY ? 'tty' : 'log';
    this.#everyMs = (options.everySeconds ?? DEFAULT_PROGRESS_SECONDS) * 1000;
    this.#now = options.now ?? Date.now;
    const now = this.#now();
    this.#state = { tasksDone: 0, tasksTotal: 0, calls: 0, gaps: 0, startedAt: now, now };
    this.#lastLog = now;
  }

  readonly #now: () => number;

  /** Starts the timer that redraws the line (terminal) or prints a line every N seconds (log). */
  start(): this {
    if (this.#mode === 'off' || this.#timer) return this;
    this.#state.startedAt = this.#lastLog = this.#now();
    this.#timer = setInterval(() => this.#tick(), this.#mode === 'tty' ? REDRAW_MS : Math.min(this.#everyMs, 1000));
    this.#timer.unref();
    return this;
  }

  /** A task finished. */
  update(state: ProgressState): void {
    Object.assign(this.#state, { tasksDone: state.tasksDone, tasksTotal: state.tasksTotal, gaps: state.gaps });
    this.#state.calls = Math.max(this.#state.calls, state.calls);
  }

  /** The listing calls are done: from now on the line counts against the plan. */
  planned(plan: ScanPlan, calls: CallSource): void {
    this.#calls = calls;
    this.#state.plan = plan;
    this.#state.planAt = this.#now();
    this.#state.callsAtPlan = calls.total;
  }

  /** A line of its own (the plan), printed above the progress line. */
  message(text: string): void {
    if (this.#mode === 'off') return;
    this.clear();
    this.#io.stderr(text.endsWith('\n') ? text : `${text}\n`);
  }

  #tick(): void {
    const now = this.#now();
    this.#state.now = now;
    if (this.#calls) this.#state.calls = this.#calls.total;
    if (this.#mode === 'tty') {
      this.#io.stderr(`\r\u001b[2K${renderProgress(this.#state)}`);
      this.#drawn = true;
    } else if (now - this.#lastLog >= this.#everyMs) {
      this.#lastLog = now;
      this.#io.stderr(`${renderProgress(this.#state)}\n`);
    }
  }

  clear(): void {
    if (this.#drawn) this.#io.stderr('\r\u001b[2K');
    this.#drawn = false;
  }

  /** Stops the timer and erases the line. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.clear();
  }
}
