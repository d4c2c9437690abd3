/** The report's style sheet (inline, allowed by its hash in the page's Content-Security-Policy). */
export const STYLES = `
:root { --fg: #1d2430; --muted: #5b6576; --line: #d8dde6; --bg: #ffffff; --panel: #f5f7fa;
  --critical: #8b0000; --high: #c62828; --medium: #e07b00; --low: #9a8700; --info: #4f6d8f; --ok: #2e7d32; --unknown: #6a5acd; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 16px 24px; background: #14202e; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: #c6d0dc; }
nav { padding: 8px 24px; background: var(--panel); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
nav a { margin-right: 16px; color: var(--fg); text-decoration: none; font-weight: 600; }
main { padding: 8px 24px 48px; max-width: 1500px; }
section { margin-top: 24px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.incomplete { color: var(--high); font-weight: 600; }
.complete { color: var(--ok); font-weight: 600; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.sev-critical { color: var(--critical); } .sev-high { color: var(--high); } .sev-medium { color: var(--medium); }
.sev-low { color: var(--low); } .sev-info { color: var(--info); }
svg { max-width: 100%; height: auto; }
svg .bar-critical, svg .u-7d, svg .u-expired { fill: var(--critical); }
svg .bar-high, svg .u-30d { fill: var(--high); }
svg .bar-medium, svg .u-45d { fill: var(--medium); }
svg .bar-low, svg .u-90d { fill: var(--low); } svg .bar-info { fill: var(--info); } svg .bar-service, svg .u-later { fill: #3d6fa8; }
#cp-histogram .hbar { cursor: pointer; }
#cp-histogram .hbar:hover rect, #cp-histogram .hbar:focus rect { opacity: 0.8; }
svg .meter-bg { fill: var(--line); } svg .meter-fg { fill: var(--ok); }
.score { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; margin: 4px 0 8px; }
.score-value { font-size: 20px; font-weight: 700; }
svg text { font: 12px system-ui, sans-serif; fill: var(--fg); }
svg .threshold { stroke: var(--muted); stroke-dasharray: 3 3; }
svg .axis { stroke: var(--line); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin-bottom: 8px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.filters select, .filters input { font: inherit; padding: 3px 4px; min-width: 120px; max-width: 100%; }
.filters input[type=search] { min-width: min(280px, 100%); }
.filters label { max-width: 100%; }
.cp-csv { font: inherit; padding: 3px 10px; }
.scroll { overflow-x: auto; max-width: 100%; }
td.resource { min-width: 180px; }
td.resource .name { display: block; font-weight: 600; overflow-wrap: anywhere; }
td.resource .also { display: block; overflow-wrap: anywhere; }
td.resource .arn { display: block; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
th.sortable { cursor: pointer; white-space: nowrap; }
th.sortable::after { content: " ↕"; color: var(--muted); }
th[aria-sort=ascending]::after { content: " ↑"; color: var(--fg); }
th[aria-sort=descending]::after { content: " ↓"; color: var(--fg); }
.nowrap, td.nowrap { white-space: nowrap; }
ul.grants { margin: 0; padding-left: 16px; }
ul.plain { margin: 0; padding-left: 0; list-style: none; }
#cp-findings tr.cp-row { cursor: pointer; }
#cp-findings tr.cp-row:hover { background: #eef3fa; }
#cp-findings tr.status-pass td.status { color: var(--ok); }
#cp-findings tr.status-unknown td.status { color: var(--unknown); }
.badge { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 6px; margin-right: 6px; border-radius: 8px; }
.badge-new { background: #ffe0b2; color: #8a4b00; }
.badge-suppressed { background: #e0e0e0; color: #424242; }
.pager { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.print-only { display: none; }
.cp-details { background: #fbfcfe; border-left: 3px solid #3d6fa8; padding: 8px 12px; }
.cp-details dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
.cp-details dt { color: var(--muted); }
.cp-details dd { margin: 0; overflow-wrap: anywhere; }
pre { background: #f0f2f5; padding: 8px; overflow-x: auto; white-space: pre-wrap; margin: 4px 0; }
details { margin: 4px 0; }
summary { cursor: pointer; }
.st-fail { color: var(--high); font-weight: 600; } .st-pass { color: var(--ok); } .st-unknown { color: var(--unknown); } .st-na { color: var(--muted); }
.verdict-public { color: var(--critical); font-weight: 700; }
.wrap { overflow-wrap: anywhere; }
footer { padding: 16px 24px; color: var(--muted); border-top: 1px solid var(--line); }
@media (max-width: 600px) {
  header, nav, footer { padding-left: 12px; padding-right: 12px; }
  main { padding: 8px 12px 32px; }
  nav a { display: inline-block; margin-right: 12px; }
  .grid { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  nav, .filters, .pager, .cp-csv, .cp-note { display: none !important; }
  .print-only { display: block; color: var(--muted); }
  header { background: none; color: var(--fg); padding: 0; }
  header p { color: var(--muted); }
  main { padding: 0; max-width: none; }
  section { break-before: page; margin-top: 0; }
  section#summary { break-before: auto; }
  .scroll { overflow: visible; }
  table { font-size: 10px; }
  tr { break-inside: avoid; }
  td.resource { min-width: 0; }
  td, th { overflow-wrap: anywhere; }
  th.sortable::after { content: none; }
  details > summary { list-style: none; }
  #cp-findings tr.cp-row:hover { background: none; }
}
`;
