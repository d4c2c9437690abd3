/**
 * Stop signals for the requests of a scan. Every request must end when the scan stops, and
 * two ways of hearing that cost too much at tens of thousands of requests:
 * - a listener per request on the scan's one signal piles up (Node warns past 10, and each
 *   new listener is slower to add than the last);
 * - a composite `AbortSignal.any([scan])` per request adds no listener, but Node keeps a weak
 *   reference from the source to each one and, whenever one is collected, walks all the
 *   others: in a large scan that walk took several percent of the CPU.
 * So a task gets one composite signal of its own (`childSignal`, a few hundred per account),
 * and a request borrows a plain signal from its task's (`borrowSignal`): the source holds
 * one listener in all, which aborts the signals on loan, and a returned signal is forgotten.
 */
const parents = new WeakMap<AbortSignal, AbortSignal>();
const loans = new WeakMap<AbortSignal, Set<AbortController>>();

/** A signal of its own that aborts when `parent` does. */
export function childSignal(parent: AbortSignal): AbortSignal {
  const child = AbortSignal.any([parent]);
  parents.set(child, parent);
  return child;
}

/** Whether `signal` is `ancestor`, or was made from it by `childSignal` (at any depth). */
export function abortsWith(signal: AbortSignal, ancestor: AbortSignal): boolean {
  for (let s: AbortSignal | undefined = signal; s !== undefined; s = parents.get(s)) if (s === ancestor) return true;
  return false;
}

export interface BorrowedSignal {
  /** Aborts when any of the sources does (at once, when one already has). */
  signal: AbortSignal;
  /** Gives the signal back: the sources forget it. */
  release(): void;
}

/** A plain signal that aborts with any of `sources`, for one request. */
export function borrowSignal(...sources: AbortSignal[]): BorrowedSignal {
  const controller = new AbortController();
  const aborted = sources.find((s) => s.aborted);
  if (aborted) {
    controller.abort(aborted.reason);
    return { signal: controller.signal, release: () => {} };
  }
  const sets = sources.map(loansOf);
  for (const set of sets) set.add(controller);
  return {
    signal: controller.signal,
    release: () => {
      for (const set of sets) set.delete(controller);
    },
  };
}

function loansOf(source: AbortSignal): Set<AbortController> {
  let set = loans.get(source);
  if (!set) {
    const lent = new Set<AbortController>();
    loans.set(source, lent);
    source.addEventListener(
      'abort',
      () => {
        for (const controller of [...lent]) controller.abort(source.reason);
        lent.clear();
      },
      { once: true },
    );
    set = lent;
  }
  return set;
}
