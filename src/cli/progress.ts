/**
 * Progress of a scan on stderr: one line redrawn in place when stderr is a terminal,
 * nothing otherwise or with --quiet.
 */
import type { CliIO } from './io.ts';

export interface ProgressState {
  tasksDone: number;
  tasksTotal: number;
  calls: number;
  gaps: number;
  last?: string;
}

export class ProgressLine {
  readonly #io: CliIO;
  readonly #enabled: boolean;
  #drawn = false;
  #lastDraw = 0;

  constructor(io: CliIO, quiet: boolean) {
    this.#io = io;
    this.#enabled = io.stderrIsTTY && !quiet;
  }

  update(state: ProgressState): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#lastDraw < 100 && state.tasksDone < state.tasksTotal) return;
    this.#lastDraw = now;
    const text = `scanning: ${state.tasksDone}/${state.tasksTotal} region x service done, ${state.calls} API calls, ${state.gaps} gaps${state.last ? ` (${state.last})` : ''}`;
    this.#io.stderr(`\r\u001b[2K${text}`);
    this.#drawn = true;
  }

  message(text: string): void {
    if (!this.#enabled) return;
    this.clear();
    this.#io.stderr(`${text}\n`);
  }

  clear(): void {
    if (this.#drawn) this.#io.stderr('\r\u001b[2K');
    this.#drawn = false;
  }
}
