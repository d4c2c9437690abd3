/** One structured JSON line per invocation: what CloudWatch Logs Insights queries read. */
export function logSummary(summary: Record<string, unknown>): void {
  console.log(JSON.stringify({ source: 'cryptoposture', ...summary }));
}
