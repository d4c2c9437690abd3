/**
 * The report page's script: the findings table with filters, text search and paging over
 * the embedded JSON, and each finding's details (rationale, remediation, evidence).
 *
 * This file runs in the browser: it is type-checked on its own with the DOM library
 * (`tsconfig.client.json`) and compiled into `client-script.ts` by `npm run generate`
 * (a test fails when the two drift). `clientMain` must be self-contained: no imports at
 * run time. Everything from the data is written with `textContent` and `createElement`,
 * never as HTML (a lint rule forbids `innerHTML` and its kin here).
 */
import type { ClientData, ClientResult } from './client-data.ts';

export function clientMain(): void {
  const PAGE_SIZE = 100;
  const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
  const STATUS_ORDER = ['fail', 'error', 'unknown', 'pass', 'not_applicable'];
  const dataElement = document.getElementById('cp-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as ClientData;
  const { rules, resources, results } = data;

  const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  };

  // Results sorted once: most severe first, failing before the rest, then rule and resource.
  const order = results.map((_, i) => i);
  order.sort((a, b) => {
    const x = results[a]!;
    const y = results[b]!;
    return (
      STATUS_ORDER.indexOf(x.s) - STATUS_ORDER.indexOf(y.s) ||
      SEVERITY_ORDER.indexOf(x.v) - SEVERITY_ORDER.indexOf(y.v) ||
      x.r - y.r ||
      x.x - y.x
    );
  });

  let haystacks: string[] | undefined;
  const haystack = (i: number): string => {
    if (!haystacks) {
      haystacks = results.map((r) => {
        const rule = rules[r.r]!;
        const res = resources[r.x]!;
        return `${rule.id} ${rule.title} ${res.id} ${res.name} ${res.type} ${r.m} ${r.p ? r.p.reason : ''}`.toLowerCase();
      });
    }
    return haystacks[i]!;
  };

  const filters = {
    severity: byId<HTMLSelectElement>('f-severity'),
    service: byId<HTMLSelectElement>('f-service'),
    region: byId<HTMLSelectElement>('f-region'),
    account: byId<HTMLSelectElement>('f-account'),
    rule: byId<HTMLSelectElement>('f-rule'),
    status: byId<HTMLSelectElement>('f-status'),
    baseline: byId<HTMLSelectElement>('f-baseline'),
  };
  const search = byId<HTMLInputElement>('f-search');
  const rowsBody = byId<HTMLTableSectionElement>('cp-rows');
  const count = byId<HTMLElement>('cp-count');
  const prev = byId<HTMLButtonElement>('cp-prev');
  const next = byId<HTMLButtonElement>('cp-next');

  const addOptions = (select: HTMLSelectElement, values: string[], label: (v: string) => string = (v) => v) => {
    for (const v of values) {
      const option = el('option', label(v));
      option.value = v;
      select.append(option);
    }
  };
  const unique = (values: string[]) => [...new Set(values)].sort();
  addOptions(filters.severity, SEVERITY_ORDER);
  addOptions(filters.service, unique(rules.map((r) => r.service)));
  addOptions(filters.region, unique(resources.map((r) => r.region || 'global')));
  addOptions(filters.account, unique(resources.map((r) => r.account)));
  addOptions(
    filters.rule,
    rules.map((r) => r.id),
    (id) => `${id} ${rules.find((r) => r.id === id)?.title ?? ''}`,
  );
  addOptions(filters.status, STATUS_ORDER);
  const hasBaseline = results.some((r) => r.b !== undefined);
  if (hasBaseline) addOptions(filters.baseline, ['new', 'unchanged', 'updated']);
  else filters.baseline.closest('label')?.setAttribute('hidden', '');

  let matching: number[] = [];
  let page = 0;

  const apply = () => {
    const sev = filters.severity.value;
    const service = filters.service.value;
    const region = filters.region.value;
    const account = filters.account.value;
    const rule = filters.rule.value;
    const status = filters.status.value;
    const baseline = filters.baseline.value;
    const terms = search.value
      .toLowerCase()
      .split(/\s+/)
      .filter((t) => t !== '');
    matching = order.filter((i) => {
      const r = results[i]!;
      const res = resources[r.x]!;
      const ru = rules[r.r]!;
      if (status === 'failing' ? r.s !== 'fail' && r.s !== 'error' : status !== '' && r.s !== status) return false;
      if (sev !== '' && r.v !== sev) return false;
      if (service !== '' && ru.service !== service) return false;
      if (region !== '' && (res.region || 'global') !== region) return false;
      if (account !== '' && res.account !== account) return false;
      if (rule !== '' && ru.id !== rule) return false;
      if (baseline !== '' && r.b !== baseline) return false;
      if (terms.length > 0) {
        const h = haystack(i);
        for (const t of terms) if (!h.includes(t)) return false;
      }
      return true;
    });
    page = 0;
    render();
  };

  const evidenceText = (e: NonNullable<ClientResult['e']>[number]): string => {
    const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
    if (e.kind === 'attribute') {
      const subject = e.subject ? `${e.subject}(${e.path}) = ${show(e.derived)}` : `${e.path} = ${show(e.value)}`;
      const expected =
        e.expected !== undefined || e.param
          ? ` ${e.operator} ${show(e.expected)}${e.param ? ` (param ${e.param})` : ''}`
          : ` ${e.operator}`;
      return `${subject}${e.subject ? ` [${e.path} = ${show(e.value)}]` : ''}${expected}: ${e.outcome}`;
    }
    if (e.kind === 'related') {
      return `${e.quantifier} ${e.direction === 'out' ? '->' : '<-'} ${e.edges.join(', ')}: matched ${e.matched.length}, failed ${e.failed.join(', ') || 'none'}, unknown ${e.unknown.length}${e.incomplete ? ' (related resources may be missing)' : ''}: ${e.outcome}`;
    }
    if (e.kind === 'elements') return `${e.quantifier} of ${e.path}: failed ${e.failed.join(', ') || 'none'}: ${e.outcome}`;
    return `${e.path} = ${show(e.value)}`;
  };

  const details = (r: ClientResult): HTMLElement => {
    const rule = rules[r.r]!;
    const res = resources[r.x]!;
    const box = el('div', undefined, 'cp-details');
    box.append(el('h4', `${rule.id}: ${rule.title}`));
    const dl = el('dl');
    const item = (term: string, value: string | HTMLElement) => {
      dl.append(el('dt', term));
      const dd = el('dd');
      if (typeof value === 'string') dd.textContent = value;
      else dd.append(value);
      dl.append(dd);
    };
    item('Resource', `${res.name} (${res.type})`);
    item('ARN', res.id);
    item('Account / region', `${res.account} / ${res.region || 'global'}`);
    item('Result', `${r.s}, ${r.v}${r.b ? `, ${r.b} since the baseline` : ''}`);
    item('Message', r.m);
    if (r.err) item('Error', r.err);
    if (r.p) item('Suppressed', `${r.p.reason}${r.p.expires ? ` (until ${r.p.expires})` : ''}`);
    item('Why it matters', rule.rationale);
    const remediation = el('div');
    remediation.append(el('pre', rule.remediation.cli));
    if (rule.remediation.terraform) {
      remediation.append(el('p', 'Terraform'), el('pre', rule.remediation.terraform));
    }
    if (rule.remediation.cloudformation) {
      remediation.append(el('p', 'CloudFormation'), el('pre', rule.remediation.cloudformation));
    }
    if (rule.remediation.console) remediation.append(el('p', rule.remediation.console));
    item('Remediation', remediation);
    if (r.e && r.e.length > 0) {
      const list = el('ul', undefined, 'cp-evidence');
      for (const e of r.e) list.append(el('li', evidenceText(e)));
      item('Evidence', list);
    }
    if (r.g && r.g.length > 0) {
      const list = el('ul');
      for (const g of r.g) list.append(el('li', `${g.service} ${g.operation} in ${g.region || 'global'}: ${g.code}: ${g.message}`));
      item('Collection gaps', list);
    }
    const refs = el('ul');
    for (const ref of rule.references) {
      const li = el('li');
      if (/^https?:\/\//.test(ref.url)) {
        const a = el('a', ref.title);
        a.href = ref.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        li.append(a);
      } else li.textContent = `${ref.title} ${ref.url}`;
      refs.append(li);
    }
    if (rule.references.length > 0) item('References', refs);
    box.append(dl);
    return box;
  };

  const render = () => {
    rowsBody.replaceChildren();
    const start = page * PAGE_SIZE;
    const slice = matching.slice(start, start + PAGE_SIZE);
    for (const i of slice) {
      const r = results[i]!;
      const rule = rules[r.r]!;
      const res = resources[r.x]!;
      const tr = el('tr', undefined, `cp-row status-${r.s}`);
      tr.dataset['index'] = String(i);
      tr.tabIndex = 0;
      tr.append(el('td', r.v, `sev sev-${r.v}`), el('td', r.s, 'status'), el('td', rule.id, 'rule'));
      const resourceCell = el('td', undefined, 'resource');
      resourceCell.append(el('span', res.name, 'name'), el('span', res.id, 'arn'));
      tr.append(resourceCell, el('td', `${res.account} ${res.region || 'global'}`, 'where'));
      const messageCell = el('td', r.m, 'message');
      if (r.b === 'new') messageCell.prepend(el('span', 'new', 'badge badge-new'));
      if (r.p) messageCell.prepend(el('span', 'suppressed', 'badge badge-suppressed'));
      tr.append(messageCell);
      const toggle = () => {
        const open = tr.nextElementSibling;
        if (open && open.classList.contains('cp-detail-row')) {
          open.remove();
          return;
        }
        const detailRow = el('tr', undefined, 'cp-detail-row');
        const cell = el('td');
        cell.colSpan = 6;
        cell.append(details(r));
        detailRow.append(cell);
        tr.after(detailRow);
      };
      tr.addEventListener('click', toggle);
      tr.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          toggle();
        }
      });
      rowsBody.append(tr);
    }
    const end = Math.min(start + PAGE_SIZE, matching.length);
    count.textContent =
      matching.length === 0
        ? 'No result matches.'
        : `${matching.length} of ${results.length} results match; showing ${start + 1} to ${end}.`;
    count.dataset['matching'] = String(matching.length);
    prev.disabled = page === 0;
    next.disabled = end >= matching.length;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(apply, 60);
  });
  for (const select of Object.values(filters)) select.addEventListener('change', apply);
  prev.addEventListener('click', () => {
    page = Math.max(0, page - 1);
    render();
  });
  next.addEventListener('click', () => {
    if ((page + 1) * PAGE_SIZE < matching.length) page++;
    render();
  });
  apply();
  document.body.dataset['ready'] = 'true';
}
