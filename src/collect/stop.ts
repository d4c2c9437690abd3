/** The abort reason of a scan stopped early. Free of the SDK, so drivers can import it cheaply. */

/** Why a scan was stopped early; used as the abort reason. */
export class ScanStopped extends Error {
  readonly reason: 'interrupted' | 'deadline';
  constructor(reason: 'interrupted' | 'deadline', message?: string) {
    super(message ?? (reason === 'deadline' ? 'the time limit is near' : 'the scan was interrupted'));
    this.name = 'ScanStopped';
    this.reason = reason;
  }
}
