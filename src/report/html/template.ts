/**
 * The report page as an Eta template (auto-escaping on: `<%= %>` escapes, and the only raw
 * outputs `<%~ %>` are the style sheet, the script, the Content-Security-Policy and the
 * embedded JSON, each made safe where it is built).
 */
export const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="<%~ it.csp %>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title><%= it.m.title %></title>
<style><%~ it.styles %></style>
</head>
<body>
<header>
  <h1><%= it.m.title %></h1>
  <p>Scan <%= it.m.scan.id %>, <%= it.m.scan.startedAt %> to <%= it.m.scan.finishedAt %>; cryptoposture <%= it.m.toolVersion %></p>
</header>
<nav>
  <a href="#summary">Summary</a><a href="#findings">Findings</a><a href="#certificates">Certificates</a><a href="#keys">KMS keys</a><a href="#policies">Key policies</a><a href="#compliance">Compliance</a><a href="#rules">Rules</a>
</nav>
<main>
<section id="summary">
  <h2>Summary</h2>
  <div class="grid">
    <div class="card">
      <h3>Scan</h3>
      <dl>
        <dt>Accounts</dt><dd><%= it.m.scan.accounts.join(', ') %></dd>
        <dt>Regions</dt><dd><%= it.m.scan.regions.join(', ') %></dd>
        <dt>Services</dt><dd><%= it.m.scan.services.join(', ') %></dd>
        <dt>Started</dt><dd><%= it.m.scan.startedAt %></dd>
        <dt>Finished</dt><dd><%= it.m.scan.finishedAt %></dd>
        <dt>Caller</dt><dd><%= it.m.scan.caller ? it.m.scan.caller.arn : 'unknown' %></dd>
        <dt>Partition</dt><dd><%= it.m.scan.partition %></dd>
        <dt>Coverage</dt><dd><% if (it.m.complete) { %><span class="complete">complete</span><% } else { %><span class="incomplete">incomplete: <%= it.m.gaps.length %> gaps, <%= it.m.scan.unfinished.length %> unfinished tasks</span><% } %></dd>
      </dl>
    </div>
    <div class="card">
      <h3>Results</h3>
      <dl>
        <% for (const c of it.m.statusCounts) { %><dt><%= c.status %></dt><dd><%= c.count %></dd>
        <% } %>
      </dl>
      <% if (it.m.baseline) { %><h3>Since the baseline</h3>
      <p><%= it.m.baseline.counts.new %> new, <%= it.m.baseline.counts.unchanged %> unchanged, <%= it.m.baseline.counts.updated %> undecided now, <%= it.m.baseline.counts.absent %> fixed or gone (baseline <%= it.m.baseline.source %>)</p><% } %>
      <% if (it.m.suppressions) { %><h3>Suppressions</h3>
      <p><%= it.m.suppressions.suppressed %> failures suppressed, <%= it.m.suppressions.expired.length %> expired entries, <%= it.m.suppressions.unused.length %> unused entries (<%= it.m.suppressions.source %>)</p>
      <ul>
        <% for (const e of it.m.suppressions.expired) { %><li>expired: #<%= e.index %> <%= e.ruleId %> <%= e.resource %> (expired <%= e.expires %>, <%= e.matches %> failures): <%= e.reason %></li><% } %>
        <% for (const e of it.m.suppressions.unused) { %><li>unused: #<%= e.index %> <%= e.ruleId %> <%= e.resource %>: <%= e.reason %></li><% } %>
      </ul><% } %>
    </div>
    <div class="card">
      <h3>Resources collected</h3>
      <dl>
        <% for (const c of it.m.coverage) { %><dt><%= c.type %></dt><dd><%= c.count %></dd>
        <% } %>
      </dl>
    </div>
  </div>
  <div class="grid">
    <div>
      <h3>Failures by severity</h3>
      <%~ include('@bars', { rows: it.m.severityCounts.map((c) => ({ label: c.severity, count: c.count, cls: 'bar-' + c.severity })), max: it.m.maxCount }) %>
    </div>
    <div>
      <h3>Failures by service</h3>
      <%~ include('@bars', { rows: it.m.serviceCounts.map((c) => ({ label: c.service, count: c.count, cls: 'bar-service' })), max: it.m.maxCount }) %>
    </div>
  </div>
  <% if (it.m.gaps.length > 0 || it.m.scan.unfinished.length > 0) { %>
  <h3>Gaps: what could not be collected</h3>
  <p class="muted">Checks that need this data answer unknown, never pass.</p>
  <table id="cp-gaps">
    <thead><tr><th>Account</th><th>Region</th><th>Service</th><th>Operation</th><th>Code</th><th>Message</th></tr></thead>
    <tbody>
    <% for (const g of it.m.gaps) { %><tr><td><%= g.account %></td><td><%= g.region || 'global' %></td><td><%= g.service %></td><td><%= g.operation %><%= g.resource ? ' (' + g.resource + ')' : '' %></td><td><%= g.code %></td><td class="wrap"><%= g.message %></td></tr>
    <% } %>
    <% for (const u of it.m.scan.unfinished) { %><tr><td><%= u.account %></td><td><%= u.region %></td><td><%= u.service %></td><td>(all)</td><td><%= u.reason %></td><td>not collected</td></tr>
    <% } %>
    </tbody>
  </table>
  <% } %>
</section>

<section id="findings">
  <h2>Findings</h2>
  <div class="filters">
    <label>Status <select id="f-status"><option value="failing" selected>failing (fail, error)</option><option value="">all</option></select></label>
    <label>Severity <select id="f-severity"><option value="">all</option></select></label>
    <label>Service <select id="f-service"><option value="">all</option></select></label>
    <label>Region <select id="f-region"><option value="">all</option></select></label>
    <label>Account <select id="f-account"><option value="">all</option></select></label>
    <label>Rule <select id="f-rule"><option value="">all</option></select></label>
    <label>Baseline <select id="f-baseline"><option value="">all</option></select></label>
    <label>Search <input id="f-search" type="search" placeholder="resource, rule, message" autocomplete="off"></label>
  </div>
  <div class="pager"><button id="cp-prev" type="button">Previous</button><span id="cp-count" aria-live="polite">Loading the findings...</span><button id="cp-next" type="button">Next</button></div>
  <table id="cp-findings">
    <thead><tr><th>Severity</th><th>Status</th><th>Rule</th><th>Resource</th><th>Account, region</th><th>Message (click a row for the details)</th></tr></thead>
    <tbody id="cp-rows"></tbody>
  </table>
</section>

<section id="certificates">
  <h2>Certificate expiry</h2>
  <% if (it.m.certificates.length === 0) { %><p class="muted">No ACM certificate with an expiry date was collected.</p><% } else { %>
  <%~ include('@timeline', { rows: it.m.certificates }) %>
  <table id="cp-certificates">
    <thead><tr><th>Domain</th><th>Days left</th><th>Expires</th><th>Type</th><th>Status</th><th>Renewal</th><th>Account, region</th></tr></thead>
    <tbody>
    <% for (const c of it.m.certificates) { %><tr><td class="wrap"><%= c.domain %><br><span class="muted"><%= c.id %></span></td><td class="sev sev-<%= c.urgency === 'ok' ? 'info' : c.urgency === 'expired' ? 'critical' : c.urgency %>"><%= c.daysLeft %></td><td><%= c.notAfter %></td><td><%= c.type %></td><td><%= c.status %></td><td><%= c.renewal %></td><td><%= c.account %> <%= c.region %></td></tr>
    <% } %>
    </tbody>
  </table><% } %>
</section>

<section id="keys">
  <h2>KMS keys and what they protect</h2>
  <p class="muted">The resources encrypted by each key, and those that use it by default: what becomes unreadable if the key is disabled, deleted or its policy is wrong.</p>
  <table id="cp-keys">
    <thead><tr><th>Key</th><th>Manager</th><th>Health</th><th>Rotation</th><th>Policy</th><th>Protects</th></tr></thead>
    <tbody>
    <% for (const k of it.m.keys) { %><tr>
      <td class="wrap"><strong><%= k.name %></strong><% if (k.aliases.length > 0) { %><br><%= k.aliases.join(', ') %><% } %><br><span class="muted"><%= k.id %></span></td>
      <td><%= k.manager %></td><td><%= k.health %></td><td><%= k.rotation %></td>
      <td class="wrap"><% if (!k.verdict) { %><span class="muted">not read</span><% } else if (k.verdict.public) { %><span class="verdict-public">public</span>: <%= k.verdict.reason %><% } else { %><%= k.verdict.reason %><% } %></td>
      <td><% if (k.protects.length === 0) { %><span class="muted">none found</span><% } else { %><details><summary><%= k.protects.length %> resources</summary><ul>
        <% for (const p of k.protects) { %><li class="wrap"><%= p.name %> <span class="muted">(<%= p.type %>, <%= p.via %>)</span><br><span class="muted"><%= p.id %></span></li><% } %>
      </ul></details><% } %></td>
    </tr>
    <% } %>
    </tbody>
  </table>
</section>

<section id="policies">
  <h2>Key policies: who can use each key</h2>
  <% for (const k of it.m.keys) { if (!k.verdict || k.manager === 'AWS') continue; %>
  <details<%= k.verdict.public || (k.verdict.externalAccounts && k.verdict.externalAccounts.length > 0) ? ' open' : '' %>>
    <summary><strong><%= k.aliases[0] || k.name %></strong> (<%= k.region %>): <% if (k.verdict.public) { %><span class="verdict-public">public</span><% } else if (k.verdict.externalAccounts && k.verdict.externalAccounts.length > 0) { %>external accounts <%= k.verdict.externalAccounts.join(', ') %><% } else if (k.verdict.status === 'unknown') { %>could not be analyzed<% } else { %>owner account only<% } %></summary>
    <p class="wrap"><%= k.verdict.reason %></p>
    <table>
      <thead><tr><th>Statement</th><th>Grants access to</th><th>Why</th></tr></thead>
      <tbody>
      <% for (const g of k.grants) { %><tr><td class="wrap"><%= g.statement %></td><td class="wrap"><%= g.who %></td><td class="wrap"><%= g.reason %></td></tr>
      <% } %>
      </tbody>
    </table>
  </details>
  <% } %>
</section>

<section id="compliance">
  <h2>Compliance</h2>
  <p class="muted">Controls of each framework that the rules map to, with the results of those rules: pass, fail (failures and rule errors), unknown.</p>
  <% for (const f of it.m.compliance) { %>
  <h3><%= f.name %></h3>
  <table class="cp-compliance">
    <thead><tr><th>Control</th><th>Status</th><th>Pass</th><th>Fail</th><th>Unknown</th><th>Rules</th></tr></thead>
    <tbody>
    <% for (const c of f.controls) { %><tr><td><%= c.control %></td><td class="st-<%= c.status === 'n/a' ? 'na' : c.status %>"><%= c.status %></td><td><%= c.pass %></td><td><%= c.fail %></td><td><%= c.unknown %></td><td><% for (const r of c.rules) { %><a href="#rule-<%= r %>"><%= r %></a> <% } %><% if (c.notes.length > 0) { %><br><span class="muted"><%= c.notes.join(' ') %></span><% } %></td></tr>
    <% } %>
    </tbody>
  </table>
  <% } %>
</section>

<section id="rules">
  <h2>Rules</h2>
  <% for (const r of it.m.rules) { %>
  <details id="rule-<%= r.id %>">
    <summary><strong><%= r.id %></strong> <%= r.title %> <span class="sev sev-<%= r.severity %>"><%= r.severity %></span></summary>
    <p><%= r.rationale %></p>
    <p><strong>Remediation</strong></p>
    <pre><%= r.remediation.cli %></pre>
    <% if (r.remediation.terraform) { %><p>Terraform</p><pre><%= r.remediation.terraform %></pre><% } %>
    <% if (r.remediation.cloudformation) { %><p>CloudFormation</p><pre><%= r.remediation.cloudformation %></pre><% } %>
    <ul>
    <% for (const ref of r.references) { %><li><% if (/^https?:[/][/]/.test(ref.url)) { %><a href="<%= ref.url %>" rel="noopener noreferrer" target="_blank"><%= ref.title %></a><% } else { %><%= ref.title %> <%= ref.url %><% } %></li><% } %>
    </ul>
  </details>
  <% } %>
</section>
</main>
<footer>Generated by cryptoposture <%= it.m.toolVersion %> from scan <%= it.m.scan.id %>. This file makes no network request: everything it shows is inside it.</footer>
<script type="application/json" id="cp-data"><%~ it.data %></script>
<script><%~ it.script %></script>
</body>
</html>
`;

/** A horizontal bar chart: rows of label, bar and count. */
export const BARS = `<svg class="bars" role="img" width="420" height="<%= it.rows.length * 24 + 8 %>" viewBox="0 0 420 <%= it.rows.length * 24 + 8 %>" xmlns="http://www.w3.org/2000/svg">
<% it.rows.forEach((r, i) => { %><text x="0" y="<%= i * 24 + 18 %>"><%= r.label %></text><rect class="<%= r.cls %>" x="90" y="<%= i * 24 + 6 %>" height="16" width="<%= r.count === 0 ? 0 : Math.max(2, Math.round(r.count / it.max * 280)) %>"></rect><text x="<%= 96 + (r.count === 0 ? 0 : Math.max(2, Math.round(r.count / it.max * 280))) %>" y="<%= i * 24 + 18 %>"><%= r.count %></text>
<% }) %></svg>`;

/** Certificate expiry: one bar per certificate, its length the days left, with the 7, 30 and 45 day marks. */
export const TIMELINE = `<% const scale = Math.max(60, Math.min(400, Math.max(...it.rows.map((r) => r.daysLeft)))); const w = (d) => Math.round(Math.max(0, Math.min(d, scale)) / scale * 520); const h = it.rows.length * 22 + 40; %>
<svg id="cp-timeline" role="img" width="900" height="<%= h %>" viewBox="0 0 900 <%= h %>" xmlns="http://www.w3.org/2000/svg">
<title>Days until each certificate expires</title>
<% for (const d of [7, 30, 45]) { if (d > scale) continue; %><line class="threshold" x1="<%= 300 + w(d) %>" x2="<%= 300 + w(d) %>" y1="4" y2="<%= h - 20 %>"></line><text x="<%= 300 + w(d) - 6 %>" y="<%= h - 6 %>"><%= d %>d</text>
<% } %><line class="axis" x1="300" x2="300" y1="4" y2="<%= h - 20 %>"></line><text x="<%= 300 + 520 - 30 %>" y="<%= h - 6 %>"><%= scale %>d+</text>
<% it.rows.forEach((c, i) => { %><text x="0" y="<%= i * 22 + 19 %>"><%= c.domain.length > 40 ? c.domain.slice(0, 39) + '…' : c.domain %></text><rect class="u-<%= c.urgency %>" x="300" y="<%= i * 22 + 6 %>" height="16" width="<%= c.daysLeft < 0 ? 4 : Math.max(2, w(c.daysLeft)) %>"><title><%= c.domain %>: <%= c.daysLeft %> days</title></rect><text x="<%= 306 + (c.daysLeft < 0 ? 4 : Math.max(2, w(c.daysLeft))) %>" y="<%= i * 22 + 19 %>"><%= c.daysLeft < 0 ? 'expired ' + (-c.daysLeft) + ' days ago' : c.daysLeft + ' days' %></text>
<% }) %></svg>`;
