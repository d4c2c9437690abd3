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
  <p>Scan <%= it.m.scan.id %>, <%~ include('@time', { iso: it.m.scan.startedAt, h: it.h }) %> to <%~ include('@time', { iso: it.m.scan.finishedAt, h: it.h }) %>; cryptoposture <%= it.m.toolVersion %></p>
</header>
<nav>
  <a href="#summary">Summary</a><a href="#findings">Findings</a><a href="#certificates">Certificates</a><a href="#transit">In transit</a><a href="#keys">KMS keys</a><a href="#policies">Key policies</a><a href="#compliance">Compliance</a><a href="#rules">Rules</a>
</nav>
<main>
<section id="summary">
  <h2>Summary</h2>
  <div class="grid">
    <div class="card">
      <h3>Scan</h3>
      <dl>
        <dt>Accounts</dt><dd><%= it.m.scan.accounts.join(', ') %></dd>
        <dt>Regions</dt><dd><% it.m.scan.regions.forEach((r, i) => { %><%= i > 0 ? ', ' : '' %><span class="nowrap"><%= r %></span><% }) %></dd>
        <dt>Services</dt><dd><%= it.m.scan.services.join(', ') %></dd>
        <dt>Started</dt><dd><%~ include('@time', { iso: it.m.scan.startedAt, h: it.h }) %></dd>
        <dt>Finished</dt><dd><%~ include('@time', { iso: it.m.scan.finishedAt, h: it.h }) %></dd>
        <dt>Caller</dt><dd><%= it.m.scan.caller ? it.m.scan.caller.arn : 'unknown' %></dd>
        <dt>Partition</dt><dd><%= it.m.scan.partition %></dd>
        <dt>Coverage</dt><dd><% if (it.m.complete) { %><span class="complete">complete</span><% } else { %><span class="incomplete">incomplete: <%= it.h.plural(it.m.gaps.length, 'gap') %>, <%= it.h.plural(it.m.scan.unfinished.length, 'unfinished task') %></span><% } %></dd>
      </dl>
    </div>
    <div class="card">
      <h3>Results</h3>
      <dl>
        <% for (const c of it.m.statusCounts) { %><dt><%= c.status %></dt><dd><%= c.count.toLocaleString('en-US') %></dd>
        <% } %>
      </dl>
      <% if (it.m.baseline) { %><h3>Since the baseline</h3>
      <p><%= it.m.baseline.counts.new %> new, <%= it.m.baseline.counts.unchanged %> unchanged, <%= it.m.baseline.counts.updated %> undecided now, <%= it.m.baseline.counts.absent %> fixed or gone (baseline <%= it.m.baseline.source %>)</p><% } %>
      <% if (it.m.suppressions) { %><h3>Suppressions</h3>
      <p><%= it.h.plural(it.m.suppressions.suppressed, 'failure') %> suppressed, <%= it.h.plural(it.m.suppressions.expired.length, 'expired entry', 'expired entries') %>, <%= it.h.plural(it.m.suppressions.unused.length, 'unused entry', 'unused entries') %> (<%= it.m.suppressions.source %>)</p>
      <ul>
        <% for (const e of it.m.suppressions.expired) { %><li>expired: #<%= e.index %> <%= e.ruleId %> <%= e.resource %> (expired <%~ include('@time', { iso: e.expires, h: it.h }) %>, <%= e.matches %> failures): <%= e.reason %></li><% } %>
        <% for (const e of it.m.suppressions.unused) { %><li>unused: #<%= e.index %> <%= e.ruleId %> <%= e.resource %>: <%= e.reason %></li><% } %>
      </ul><% } %>
    </div>
    <div class="card">
      <h3>Resources collected</h3>
      <dl>
        <% for (const c of it.m.coverage) { %><dt><%= c.type %></dt><dd><%= c.count.toLocaleString('en-US') %></dd>
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
  <div class="scroll"><table id="cp-gaps">
    <thead><tr><th>Account</th><th>Region</th><th>Service</th><th>Operation</th><th>Code</th><th>Message</th></tr></thead>
    <tbody>
    <% for (const g of it.m.gaps) { %><tr><td><%= g.account %></td><td class="nowrap"><%= g.region || 'global' %></td><td><%= g.service %></td><td><%= g.operation %><%= g.resource ? ' (' + g.resource + ')' : '' %></td><td><%= g.code %></td><td class="wrap"><%= g.message %></td></tr>
    <% } %>
    <% for (const u of it.m.scan.unfinished) { %><tr><td><%= u.account %></td><td class="nowrap"><%= u.region %></td><td><%= u.service %></td><td>(all)</td><td><%= u.reason %></td><td>not collected</td></tr>
    <% } %>
    </tbody>
  </table></div>
  <% } %>
</section>

<section id="findings">
  <h2>Findings</h2>
  <p class="muted"><% if (it.passing) { %>Every result is listed.<% } else { %>Failures, errors and unknowns are listed with their evidence; passing (<%= it.m.statusCounts.find((c) => c.status === 'pass').count.toLocaleString('en-US') %>) and not-applicable (<%= it.m.statusCounts.find((c) => c.status === 'not_applicable').count.toLocaleString('en-US') %>) results are only counted, per rule below and per control under Compliance (findings.json has them all; <code>--html-passing</code> lists them here).<% } %></p>
  <div class="cp-table" data-table="findings"></div>
</section>

<section id="certificates">
  <h2>Certificate expiry</h2>
  <% if (it.m.certificates.length === 0) { %><p class="muted">No ACM certificate with an expiry date was collected.</p><% } else { %>
  <%~ include('@histogram', { rows: it.m.histogram, total: it.m.certificates.length }) %>
  <p class="muted">Listed: the certificates that have expired or expire within 90 days (<%= it.h.plural(it.m.certificates.filter((c) => c.bucket !== 'later').length, 'certificate') %> of <%= it.m.certificates.length.toLocaleString('en-US') %>); choose another window to see the others.</p>
  <div class="cp-table" data-table="certificates"></div><% } %>
</section>

<section id="transit">
  <h2>In transit</h2>
  <% if (it.m.endpoints.length === 0) { %><p class="muted">No TLS endpoint (load balancer listener, distribution, custom domain) was collected.</p><% } else { %>
  <p class="muted">Every place where clients connect: whether it is reachable from the internet, its protocol, the oldest TLS version its policy accepts, whether it still serves plaintext, and the certificates it presents with their days left (<%= it.h.plural(it.m.endpoints.filter((e) => e.exposure === 'internet').length, 'internet-facing endpoint') %>, <%= it.h.plural(it.m.endpoints.filter((e) => e.plaintext === 'yes').length, 'endpoint') %> serving plaintext).</p>
  <div class="cp-table" data-table="endpoints"></div><% } %>
</section>

<section id="keys">
  <h2>KMS keys and what they protect</h2>
  <p class="muted">The resources encrypted by each key, and those that use it by default: what becomes unreadable if the key is disabled, deleted or its policy is wrong.</p>
  <div class="cp-table" data-table="keys"></div>
</section>

<section id="policies">
  <h2>Key policies: who can use each key</h2>
  <p class="muted">Customer managed keys whose policy was read and analyzed; the Allow statements that grant access to someone, with who and why.</p>
  <div class="cp-table" data-table="policies"></div>
</section>

<section id="compliance">
  <h2>Compliance</h2>
  <p class="muted">For each framework: the score (controls that pass, of the controls evaluated) and the resources that pass every control the rules map to; then each control with the results of its rules: pass, fail (failures and rule errors), unknown, not applicable.</p>
  <% for (const f of it.m.compliance) { %>
  <div class="framework">
  <h3><%= f.name %></h3>
  <div class="score">
    <svg class="meter" role="img" width="240" height="16" viewBox="0 0 240 16" xmlns="http://www.w3.org/2000/svg"><title><%= f.score.passing %> of <%= f.score.evaluated %> controls pass</title><rect class="meter-bg" x="0" y="0" width="240" height="16"></rect><rect class="meter-fg" x="0" y="0" height="16" width="<%= f.score.evaluated === 0 ? 0 : Math.round(f.score.passing / f.score.evaluated * 240) %>"></rect></svg>
    <span class="score-value"><%= f.score.evaluated === 0 ? 'n/a' : Math.floor(f.score.passing / f.score.evaluated * 100) + '%' %></span>
    <span><%= f.score.passing %> of <%= it.h.plural(f.score.evaluated, 'evaluated control') %> pass; <%= f.resources.passing.toLocaleString('en-US') %> of <%= it.h.plural(f.resources.evaluated, 'resource') %> pass every mapped control</span>
  </div>
  <div class="scroll">
  <table class="cp-compliance">
    <thead><tr><th>Control</th><th>Status</th><th>Pass</th><th>Fail</th><th>Unknown</th><th>N/A</th><th>Rules</th></tr></thead>
    <tbody>
    <% for (const c of f.controls) { %><tr><td class="nowrap"><%= c.control %></td><td class="st-<%= c.status === 'n/a' ? 'na' : c.status %>"><%= c.status %></td><td><%= c.pass.toLocaleString('en-US') %></td><td><%= c.fail.toLocaleString('en-US') %></td><td><%= c.unknown.toLocaleString('en-US') %></td><td><%= c.notApplicable.toLocaleString('en-US') %></td><td><% for (const r of c.rules) { %><a class="nowrap" href="#rule-<%= r %>"><%= r %></a> <% } %><% if (c.notes.length > 0) { %><br><span class="muted"><%= c.notes.join(' ') %></span><% } %></td></tr>
    <% } %>
    </tbody>
  </table>
  </div>
  </div>
  <% } %>
</section>

<section id="rules">
  <h2>Rules</h2>
  <% for (const r of it.m.rules) { %>
  <details id="rule-<%= r.id %>">
    <summary><strong class="nowrap"><%= r.id %></strong> <%= r.title %> <span class="sev sev-<%= r.severity %>"><%= r.severity %></span> <span class="muted rule-counts"><%= [['fail', r.counts.fail], ['error', r.counts.error], ['unknown', r.counts.unknown], ['pass', r.counts.pass], ['n/a', r.counts.not_applicable]].map(([k, n]) => n.toLocaleString('en-US') + ' ' + k).join(', ') %></span></summary>
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

/** A time from AWS: UTC to the minute, the exact ISO time on hover. */
export const TIME = `<time datetime="<%= it.iso %>" title="<%= it.iso %>"><%= it.h.time(it.iso) %></time>`;

/** Certificate expiry: one bar per window (expired, < 7, < 30, < 45, < 90 days, later), its length the number of certificates. */
export const HISTOGRAM = `<% const max = Math.max(1, ...it.rows.map((r) => r.count)); const w = (n) => n === 0 ? 0 : Math.max(2, Math.round(n / max * 300)); %>
<svg id="cp-histogram" role="img" width="520" height="<%= it.rows.length * 26 + 8 %>" viewBox="0 0 520 <%= it.rows.length * 26 + 8 %>" xmlns="http://www.w3.org/2000/svg">
<title>Certificates by time to expiry (<%= it.total %> in all)</title>
<% it.rows.forEach((r, i) => { %><g class="hbar" data-bucket="<%= r.bucket %>" data-count="<%= r.count %>" tabindex="0" role="button"><text x="0" y="<%= i * 26 + 19 %>"><%= r.label %></text><rect class="u-<%= r.bucket %>" x="130" y="<%= i * 26 + 6 %>" height="18" width="<%= w(r.count) %>"><title><%= r.label %>: <%= r.count %></title></rect><text x="<%= 136 + w(r.count) %>" y="<%= i * 26 + 19 %>"><%= r.count %></text></g>
<% }) %></svg>`;
