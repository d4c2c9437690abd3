/**
 * The report page's script: the findings, certificates, TLS endpoints, KMS keys and key policies as
 * tables over the embedded JSON, each with filters, text search, sortable columns, paging
 * and "export CSV" of the filtered rows. Each table's filters, search, sort and page are
 * kept in the URL fragment (`#f.status=fail&k.q=prod`), so that a link reproduces the view.
 * Printing renders every row that the filters let through (not just the current page) and
 * opens the collapsed sections (rules, not each key's list of resources); the print style
 * sheet hides the widgets.
 *
 * This file runs in the browser: it is type-checked on its own with the DOM library
 * (`tsconfig.client.json`) and compiled into `client-script.ts` by `npm run generate`
 * (a test fails when the two drift). `clientMain` must be self-contained: no imports at
 * run time. Everything from the data is written with `textContent` and `createElement`,
 * never as HTML (a lint rule forbids `innerHTML` and its kin here).
 */
import type { ClientCertificate, ClientData, ClientKey, ClientResult } from './client-data.ts';
import type { EndpointRow } from './model.ts';

export function clientMain(): void {
  const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
  const STATUS_ORDER = ['fail', 'error', 'unknown', 'pass', 'not_applicable'];
  const dataElement = document.getElementById('cp-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as ClientData;
  const { rules, resources, results } = data;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  };
  const number = (n: number) => n.toLocaleString('en-US');
  const plural = (n: number, singular: string, pluralForm = `${singular}s`) => `${number(n)} ${n === 1 ? singular : pluralForm}`;
  /** UTC to the minute; the exact ISO time on hover. */
  const timeElement = (iso: string): HTMLTimeElement => {
    const ms = Date.parse(iso);
    const t = el('time', Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`, 'nowrap');
    t.dateTime = iso;
    t.title = iso;
    return t;
  };
  const unique = (values: string[]) => [...new Set(values)].sort();
  const choices = (values: string[]): [string, string][] => [['', 'all'], ...values.map((v): [string, string] => [v, v])];

  // ---- The URL fragment: every table's view, as `prefix.key=value` pairs (defaults left out).
  const readState = () => new URLSearchParams(location.hash.includes('=') ? location.hash.slice(1) : '');
  let state = readState();
  const saveState = () => history.replaceState(null, '', `#${state.toString()}`);

  // ---- CSV: every cell quoted; a text cell that a spreadsheet would read as a formula gets a leading quote.
  const csvCell = (value: string | number | undefined): string => {
    if (value === undefined) return '""';
    let text = String(value);
    if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  const download = (file: string, lines: string[]) => {
    const blob = new Blob([`\ufeff${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = file;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  };

  let printing = false;

  interface Column<T> {
    key: string;
    label: string;
    cls?: string;
    sort?: (row: T) => string | number;
    cell: (row: T) => string | Node;
  }
  interface Filter<T> {
    key: string;
    label: string;
    options: [string, string][];
    initial?: string;
    /** Called only for a chosen (non-empty) value. */
    test: (row: T, value: string) => boolean;
  }
  interface TableSpec<T> {
    /** The `data-table` of the element it fills; the table's id is `cp-<name>`. */
    name: string;
    /** Prefix of the widgets' ids and of the table's keys in the URL fragment. */
    prefix: string;
    rows: T[];
    columns: Column<T>[];
    filters: Filter<T>[];
    searchText: (row: T) => string;
    searchHint: string;
    pageSize: number;
    noun: [string, string];
    csv: [string, (row: T) => string | number | undefined][];
    rowClass?: (row: T) => string;
    detail?: (row: T) => HTMLElement;
    /** A line under the widgets for the chosen filter values (e.g. what is counted but not listed). */
    note?: (values: Record<string, string>) => string;
  }

  const tables: { load: () => void; render: () => void; select: (key: string, value: string) => void }[] = [];

  const table = <T>(spec: TableSpec<T>) => {
    const host = document.querySelector<HTMLElement>(`.cp-table[data-table="${spec.name}"]`);
    if (!host) return;
    const p = spec.prefix;
    const bar = el('div', undefined, 'filters');
    const selects = spec.filters.map((f) => {
      const label = el('label', f.label);
      const select = el('select');
      select.id = `${p}-${f.key}`;
      for (const [value, text] of f.options) {
        const option = el('option', text);
        option.value = value;
        select.append(option);
      }
      label.append(select);
      if (f.options.length <= 1) label.hidden = true;
      bar.append(label);
      return select;
    });
    const searchLabel = el('label', 'Search');
    const search = el('input');
    search.type = 'search';
    search.id = `${p}-search`;
    search.placeholder = spec.searchHint;
    search.autocomplete = 'off';
    searchLabel.append(search);
    const csvButton = el('button', 'Export CSV', 'cp-csv');
    csvButton.type = 'button';
    csvButton.id = `${p}-csv`;
    csvButton.title = 'The rows that match the filters, as CSV';
    bar.append(searchLabel, csvButton);
    const pager = el('div', undefined, 'pager');
    const prev = el('button', 'Previous');
    prev.type = 'button';
    prev.id = `${p}-prev`;
    const count = el('span');
    count.id = `${p}-count`;
    count.setAttribute('aria-live', 'polite');
    const next = el('button', 'Next');
    next.type = 'button';
    next.id = `${p}-next`;
    pager.append(prev, count, next);
    const note = el('p', undefined, 'muted cp-note');
    note.id = `${p}-note`;
    const printed = el('p', undefined, 'print-only');
    const box = el('div', undefined, 'scroll');
    const tableElement = el('table');
    tableElement.id = `cp-${spec.name}`;
    const headRow = el('tr');
    const heads = spec.columns.map((c) => {
      const th = el('th', c.label);
      if (c.sort) {
        th.classList.add('sortable');
        th.tabIndex = 0;
        th.dataset['sort'] = c.key;
        th.setAttribute('aria-sort', 'none');
        th.title = 'Sort by this column (again: reverse)';
        const onSort = () => {
          if (sortKey === c.key) sortDesc = !sortDesc;
          else {
            sortKey = c.key;
            sortDesc = false;
          }
          apply();
        };
        th.addEventListener('click', onSort);
        th.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            onSort();
          }
        });
      }
      headRow.append(th);
      return th;
    });
    const head = el('thead');
    head.append(headRow);
    const body = el('tbody');
    body.id = `${p}-rows`;
    tableElement.append(head, body);
    box.append(tableElement);
    host.append(bar, pager, note, printed, box);

    let haystacks: string[] | undefined;
    const sortKeys = new Map<string, (string | number)[]>();
    let matching: number[] = [];
    let page = 0;
    let sortKey = '';
    let sortDesc = false;

    const values = (): Record<string, string> => Object.fromEntries(spec.filters.map((f, i) => [f.key, selects[i]!.value]));

    const compute = () => {
      const chosen = selects.map((s) => s.value);
      const terms = search.value
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => t !== '');
      if (terms.length > 0 && !haystacks) haystacks = spec.rows.map((r) => spec.searchText(r).toLowerCase());
      matching = [];
      rows: for (let i = 0; i < spec.rows.length; i++) {
        const row = spec.rows[i]!;
        for (let j = 0; j < chosen.length; j++) {
          if (chosen[j] !== '' && !spec.filters[j]!.test(row, chosen[j]!)) continue rows;
        }
        for (const t of terms) if (!haystacks![i]!.includes(t)) continue rows;
        matching.push(i);
      }
      const column = spec.columns.find((c) => c.key === sortKey && c.sort);
      if (column) {
        let keys = sortKeys.get(column.key);
        if (!keys) sortKeys.set(column.key, (keys = spec.rows.map((r) => column.sort!(r))));
        const k = keys;
        const dir = sortDesc ? -1 : 1;
        matching.sort((a, b) => (k[a]! < k[b]! ? -dir : k[a]! > k[b]! ? dir : a - b));
      }
      heads.forEach((th, i) => {
        if (!spec.columns[i]!.sort) return;
        th.setAttribute('aria-sort', column && spec.columns[i] === column ? (sortDesc ? 'descending' : 'ascending') : 'none');
      });
      const text = spec.note ? spec.note(values()) : '';
      note.textContent = text;
      note.hidden = text === '';
    };

    const store = () => {
      const put = (key: string, value: string, fallback: string) => {
        if (value === fallback) state.delete(`${p}.${key}`);
        else state.set(`${p}.${key}`, value);
      };
      spec.filters.forEach((f, i) => put(f.key, selects[i]!.value, f.initial ?? ''));
      put('q', search.value.trim(), '');
      put('sort', sortKey === '' ? '' : `${sortDesc ? '-' : ''}${sortKey}`, '');
      put('page', String(page + 1), '1');
      saveState();
    };

    const render = () => {
      body.replaceChildren();
      const start = printing ? 0 : page * spec.pageSize;
      const end = printing ? matching.length : Math.min(start + spec.pageSize, matching.length);
      for (let n = start; n < end; n++) {
        const row = spec.rows[matching[n]!]!;
        const tr = el('tr', undefined, `cp-row${spec.rowClass ? ` ${spec.rowClass(row)}` : ''}`);
        tr.dataset['index'] = String(matching[n]);
        for (const c of spec.columns) {
          const td = el('td', undefined, c.cls);
          const content = c.cell(row);
          if (typeof content === 'string') td.textContent = content;
          else td.append(content);
          tr.append(td);
        }
        const detail = spec.detail;
        if (detail) {
          tr.tabIndex = 0;
          const toggle = () => {
            const open = tr.nextElementSibling;
            if (open && open.classList.contains('cp-detail-row')) {
              open.remove();
              return;
            }
            const detailRow = el('tr', undefined, 'cp-detail-row');
            const cell = el('td');
            cell.colSpan = spec.columns.length;
            cell.append(detail(row));
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
        }
        body.append(tr);
      }
      count.textContent =
        matching.length === 0
          ? `No ${spec.noun[0]} matches.`
          : `${number(matching.length)} of ${plural(spec.rows.length, spec.noun[0], spec.noun[1])} match; showing ${number(start + 1)} to ${number(end)}.`;
      count.dataset['matching'] = String(matching.length);
      count.dataset['page'] = String(page + 1);
      prev.disabled = page === 0;
      next.disabled = end >= matching.length;
      const active = spec.filters
        .map((f, i) => (selects[i]!.value === '' ? '' : `${f.label.toLowerCase()} ${selects[i]!.selectedOptions[0]?.textContent ?? ''}`))
        .filter((t) => t !== '');
      if (search.value.trim() !== '') active.push(`search "${search.value.trim()}"`);
      printed.textContent = `${plural(matching.length, spec.noun[0], spec.noun[1])} of ${number(spec.rows.length)}${active.length > 0 ? `; filters: ${active.join(', ')}` : ''}.`;
    };

    const apply = () => {
      compute();
      page = 0;
      render();
      store();
    };

    const load = () => {
      spec.filters.forEach((f, i) => {
        const select = selects[i]!;
        const wanted = state.get(`${p}.${f.key}`) ?? f.initial ?? '';
        select.value = wanted;
        if (select.value !== wanted) select.value = f.initial ?? '';
      });
      search.value = state.get(`${p}.q`) ?? '';
      const sort = state.get(`${p}.sort`) ?? '';
      sortDesc = sort.startsWith('-');
      sortKey = sortDesc ? sort.slice(1) : sort;
      compute();
      const pages = Math.max(1, Math.ceil(matching.length / spec.pageSize));
      const wantedPage = Math.floor(Number(state.get(`${p}.page`) ?? '1'));
      page = Number.isFinite(wantedPage) ? Math.min(Math.max(wantedPage, 1), pages) - 1 : 0;
      render();
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    search.addEventListener('input', () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(apply, 60);
    });
    for (const select of selects) select.addEventListener('change', apply);
    prev.addEventListener('click', () => {
      page = Math.max(0, page - 1);
      render();
      store();
    });
    next.addEventListener('click', () => {
      if ((page + 1) * spec.pageSize < matching.length) page++;
      render();
      store();
    });
    csvButton.addEventListener('click', () => {
      const lines = [spec.csv.map(([label]) => csvCell(label)).join(',')];
      for (const i of matching) {
        const row = spec.rows[i]!;
        lines.push(spec.csv.map(([, value]) => csvCell(value(row))).join(','));
      }
      download(`cryptoposture-${spec.name}.csv`, lines);
    });
    tables.push({
      load,
      render,
      select: (key, value) => {
        const i = spec.filters.findIndex((f) => f.key === key);
        if (i < 0) return;
        selects[i]!.value = value;
        apply();
      },
    });
    load();
  };

  const stacked = (first: string, second: string, firstClass = 'name', secondClass = 'arn') => {
    const box = el('span');
    box.append(el('span', first, firstClass), el('span', second, secondClass));
    return box;
  };

  // ---- Findings.
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
    if (r.p) {
      const suppressed = el('span', r.p.reason);
      if (r.p.expires) suppressed.append(' (until ', timeElement(r.p.expires), ')');
      item('Suppressed', suppressed);
    }
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

  // Most severe first, failing before the rest, then rule and resource.
  const findings = results
    .slice()
    .sort(
      (x, y) =>
        STATUS_ORDER.indexOf(x.s) - STATUS_ORDER.indexOf(y.s) ||
        SEVERITY_ORDER.indexOf(x.v) - SEVERITY_ORDER.indexOf(y.v) ||
        x.r - y.r ||
        x.x - y.x,
    );
  const ruleOf = (r: ClientResult) => rules[r.r]!;
  const resourceOf = (r: ClientResult) => resources[r.x]!;
  const regionOf = (region: string) => region || 'global';
  const evidenceLine = (r: ClientResult) => (r.e ?? []).map(evidenceText).join('; ');
  table<ClientResult>({
    name: 'findings',
    prefix: 'f',
    rows: findings,
    pageSize: 100,
    noun: ['result', 'results'],
    searchHint: 'resource, rule, message',
    columns: [
      {
        key: 'severity',
        label: 'Severity',
        cls: 'sev nowrap',
        sort: (r) => SEVERITY_ORDER.indexOf(r.v),
        cell: (r) => el('span', r.v, `sev-${r.v}`),
      },
      { key: 'status', label: 'Status', cls: 'status nowrap', sort: (r) => STATUS_ORDER.indexOf(r.s), cell: (r) => r.s },
      { key: 'rule', label: 'Rule', cls: 'rule nowrap', sort: (r) => ruleOf(r).id, cell: (r) => ruleOf(r).id },
      {
        key: 'resource',
        label: 'Resource',
        cls: 'resource',
        sort: (r) => resourceOf(r).name.toLowerCase(),
        cell: (r) => stacked(resourceOf(r).name, resourceOf(r).id),
      },
      { key: 'account', label: 'Account', cls: 'nowrap', sort: (r) => resourceOf(r).account, cell: (r) => resourceOf(r).account },
      {
        key: 'region',
        label: 'Region',
        cls: 'where nowrap',
        sort: (r) => regionOf(resourceOf(r).region),
        cell: (r) => regionOf(resourceOf(r).region),
      },
      {
        key: 'message',
        label: 'Message (click a row for the details)',
        cls: 'message',
        sort: (r) => r.m,
        cell: (r) => {
          const box = el('span', r.m);
          if (r.b === 'new') box.prepend(el('span', 'new', 'badge badge-new'));
          if (r.p) box.prepend(el('span', 'suppressed', 'badge badge-suppressed'));
          if (printing && r.e && r.e.length > 0) {
            const list = el('ul', undefined, 'cp-evidence');
            for (const e of r.e) list.append(el('li', evidenceText(e)));
            box.append(list);
          }
          return box;
        },
      },
    ],
    filters: [
      {
        key: 'status',
        label: 'Status',
        options: [['failing', 'failing (fail, error)'], ['', 'all'], ...STATUS_ORDER.map((s): [string, string] => [s, s])],
        initial: 'failing',
        test: (r, v) => (v === 'failing' ? r.s === 'fail' || r.s === 'error' : r.s === v),
      },
      { key: 'severity', label: 'Severity', options: choices(SEVERITY_ORDER), test: (r, v) => r.v === v },
      { key: 'service', label: 'Service', options: choices(unique(rules.map((r) => r.service))), test: (r, v) => ruleOf(r).service === v },
      {
        key: 'region',
        label: 'Region',
        options: choices(unique(resources.map((r) => regionOf(r.region)))),
        test: (r, v) => regionOf(resourceOf(r).region) === v,
      },
      {
        key: 'account',
        label: 'Account',
        options: choices(unique(resources.map((r) => r.account))),
        test: (r, v) => resourceOf(r).account === v,
      },
      {
        key: 'rule',
        label: 'Rule',
        options: [['', 'all'], ...rules.map((r): [string, string] => [r.id, `${r.id} ${r.title}`])],
        test: (r, v) => ruleOf(r).id === v,
      },
      {
        key: 'baseline',
        label: 'Baseline',
        options: results.some((r) => r.b !== undefined) ? choices(['new', 'unchanged', 'updated']) : [['', 'all']],
        test: (r, v) => r.b === v,
      },
    ],
    searchText: (r) => {
      const rule = ruleOf(r);
      const res = resourceOf(r);
      return `${rule.id} ${rule.title} ${res.id} ${res.name} ${res.type} ${r.m} ${r.p ? r.p.reason : ''}`;
    },
    rowClass: (r) => `status-${r.s}`,
    detail: details,
    note: (v) =>
      data.passingListed || v['status'] === 'failing' || v['status'] === 'error' || v['status'] === 'unknown' || v['status'] === 'fail'
        ? ''
        : `${plural(data.counts.pass, 'passing result')} and ${plural(data.counts.not_applicable, 'not-applicable result')} are counted, not listed (--html-passing lists them).`,
    csv: [
      ['severity', (r) => r.v],
      ['status', (r) => r.s],
      ['rule', (r) => ruleOf(r).id],
      ['title', (r) => ruleOf(r).title],
      ['resource', (r) => resourceOf(r).name],
      ['arn', (r) => resourceOf(r).id],
      ['type', (r) => resourceOf(r).type],
      ['account', (r) => resourceOf(r).account],
      ['region', (r) => regionOf(resourceOf(r).region)],
      ['message', (r) => r.m],
      ['evidence', evidenceLine],
      ['baseline', (r) => r.b],
      ['suppressed', (r) => r.p?.reason],
    ],
  });

  // ---- Certificates: the histogram's bars are the windows (and choose one when clicked).
  const bars = [...document.querySelectorAll<SVGGElement>('#cp-histogram .hbar')];
  const windows = bars.map((g): [string, string] => [g.dataset['bucket'] ?? '', g.querySelector('text')?.textContent ?? '']);
  const urgency: Record<string, string> = { expired: 'critical', '7d': 'critical', '30d': 'high', '45d': 'medium', '90d': 'low' };
  const certs = data.certificates;
  /** What stops serving TLS when the certificate expires. */
  const endpointsCell = (c: ClientCertificate) => {
    if (c.endpointsCount === 0) return el('span', 'none found', 'muted');
    const box = el('details', undefined, 'protects');
    const internet = c.internetEndpoints > 0 ? ` (${number(c.internetEndpoints)} internet-facing)` : '';
    box.append(el('summary', `${plural(c.endpointsCount, 'endpoint')}${internet}`));
    const list = el('ul');
    for (const e of c.endpoints) {
      const li = el('li', e.name, 'wrap');
      li.append(' ', el('span', `(${e.type}, ${e.exposure})`, 'muted'), el('br'), el('span', e.id, 'muted'));
      list.append(li);
    }
    if (c.endpointsCount > c.endpoints.length)
      list.append(el('li', `and ${plural(c.endpointsCount - c.endpoints.length, 'more')}`, 'muted'));
    box.append(list);
    return box;
  };
  table<ClientCertificate>({
    name: 'certificates',
    prefix: 'c',
    rows: certs,
    pageSize: 50,
    noun: ['certificate', 'certificates'],
    searchHint: 'domain, ARN, account',
    columns: [
      { key: 'domain', label: 'Domain', cls: 'resource', sort: (c) => c.domain.toLowerCase(), cell: (c) => stacked(c.domain, c.id) },
      {
        key: 'days',
        label: 'Days left',
        cls: 'nowrap',
        sort: (c) => c.daysLeft,
        cell: (c) => el('span', number(c.daysLeft), `sev sev-${urgency[c.bucket] ?? 'info'}`),
      },
      { key: 'expires', label: 'Expires (UTC)', sort: (c) => c.notAfter, cell: (c) => timeElement(c.notAfter) },
      { key: 'type', label: 'Type', cls: 'nowrap', sort: (c) => c.type, cell: (c) => c.type },
      { key: 'status', label: 'Status', cls: 'nowrap', sort: (c) => c.status, cell: (c) => c.status },
      { key: 'renewal', label: 'Renewal', sort: (c) => c.renewal, cell: (c) => c.renewal },
      { key: 'endpoints', label: 'Endpoints', sort: (c) => c.endpointsCount, cell: endpointsCell },
      { key: 'account', label: 'Account', cls: 'nowrap', sort: (c) => c.account, cell: (c) => c.account },
      { key: 'region', label: 'Region', cls: 'nowrap', sort: (c) => c.region, cell: (c) => c.region },
    ],
    filters: [
      {
        key: 'window',
        label: 'Expiry',
        options: [['window', 'expired or within 90 days'], ['', 'all'], ...windows],
        initial: 'window',
        test: (c, v) => (v === 'window' ? c.bucket !== 'later' : c.bucket === v),
      },
      { key: 'type', label: 'Type', options: choices(unique(certs.map((c) => c.type))), test: (c, v) => c.type === v },
      { key: 'status', label: 'Status', options: choices(unique(certs.map((c) => c.status))), test: (c, v) => c.status === v },
      { key: 'region', label: 'Region', options: choices(unique(certs.map((c) => c.region))), test: (c, v) => c.region === v },
      { key: 'account', label: 'Account', options: choices(unique(certs.map((c) => c.account))), test: (c, v) => c.account === v },
    ],
    searchText: (c) => `${c.domain} ${c.name} ${c.id} ${c.account} ${c.region} ${c.endpoints.map((e) => `${e.name} ${e.id}`).join(' ')}`,
    csv: [
      ['domain', (c) => c.domain],
      ['arn', (c) => c.id],
      ['days left', (c) => c.daysLeft],
      ['expires', (c) => c.notAfter],
      ['type', (c) => c.type],
      ['status', (c) => c.status],
      ['renewal', (c) => c.renewal],
      ['endpoints', (c) => c.endpointsCount],
      ['internet-facing endpoints', (c) => c.internetEndpoints],
      ['account', (c) => c.account],
      ['region', (c) => c.region],
    ],
  });
  for (const g of bars) {
    const choose = () => {
      for (const t of tables) t.select('window', g.dataset['bucket'] ?? '');
    };
    g.addEventListener('click', choose);
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        choose();
      }
    });
  }

  // ---- In transit: every TLS endpoint, how clients connect to it, and what it presents.
  const endpoints = data.endpoints;
  const certificatesCell = (e: EndpointRow) => {
    if (e.certificates.length === 0) return el('span', 'none found', 'muted');
    const list = el('ul', undefined, 'plain');
    for (const c of e.certificates) {
      const li = el('li', c.name, 'wrap');
      const days =
        c.daysLeft === null
          ? 'not collected'
          : c.daysLeft < 0
            ? `expired ${plural(-c.daysLeft, 'day')} ago`
            : `${plural(c.daysLeft, 'day')} left`;
      li.append(' ', el('span', `(${days})`, c.daysLeft !== null && c.daysLeft < 30 ? 'sev sev-high' : 'muted'));
      list.append(li);
    }
    return list;
  };
  const protocolText = (e: EndpointRow) => (e.port === null ? e.protocol : `${e.protocol}:${e.port}`);
  const weakTls = (e: EndpointRow) => e.minTls === 'SSLv3' || e.minTls === 'TLSv1' || e.minTls === 'TLSv1.1';
  table<EndpointRow>({
    name: 'endpoints',
    prefix: 't',
    rows: endpoints,
    pageSize: 50,
    noun: ['endpoint', 'endpoints'],
    searchHint: 'name, ARN, certificate',
    columns: [
      { key: 'endpoint', label: 'Endpoint', cls: 'resource', sort: (e) => e.name.toLowerCase(), cell: (e) => stacked(e.name, e.id) },
      { key: 'service', label: 'Service', cls: 'nowrap', sort: (e) => e.service, cell: (e) => e.service },
      { key: 'exposure', label: 'Exposure', cls: 'nowrap', sort: (e) => e.exposure, cell: (e) => e.exposure },
      { key: 'protocol', label: 'Protocol', cls: 'nowrap', sort: protocolText, cell: protocolText },
      {
        key: 'tls',
        label: 'Min TLS',
        cls: 'nowrap',
        sort: (e) => e.minTls,
        cell: (e) => el('span', e.minTls, weakTls(e) ? 'sev sev-high' : 'nowrap'),
      },
      { key: 'policy', label: 'Policy', sort: (e) => e.policy, cell: (e) => e.policy },
      {
        key: 'plaintext',
        label: 'Plaintext',
        cls: 'nowrap',
        sort: (e) => e.plaintext,
        cell: (e) => el('span', e.plaintext, e.plaintext === 'yes' ? 'sev sev-high' : 'nowrap'),
      },
      { key: 'certificate', label: 'Certificate', sort: (e) => e.daysLeft ?? Number.MAX_SAFE_INTEGER, cell: certificatesCell },
      { key: 'failing', label: 'Failing', sort: (e) => e.failing, cell: (e) => number(e.failing) },
    ],
    filters: [
      { key: 'service', label: 'Service', options: choices(unique(endpoints.map((e) => e.service))), test: (e, v) => e.service === v },
      { key: 'exposure', label: 'Exposure', options: choices(unique(endpoints.map((e) => e.exposure))), test: (e, v) => e.exposure === v },
      {
        key: 'plaintext',
        label: 'Plaintext',
        options: choices(unique(endpoints.map((e) => e.plaintext))),
        test: (e, v) => e.plaintext === v,
      },
      { key: 'tls', label: 'Min TLS', options: choices(unique(endpoints.map((e) => e.minTls))), test: (e, v) => e.minTls === v },
      { key: 'account', label: 'Account', options: choices(unique(endpoints.map((e) => e.account))), test: (e, v) => e.account === v },
      { key: 'region', label: 'Region', options: choices(unique(endpoints.map((e) => e.region))), test: (e, v) => e.region === v },
    ],
    searchText: (e) => `${e.name} ${e.id} ${e.account} ${e.region} ${e.certificates.map((c) => `${c.name} ${c.id}`).join(' ')}`,
    csv: [
      ['endpoint', (e) => e.name],
      ['arn', (e) => e.id],
      ['service', (e) => e.service],
      ['exposure', (e) => e.exposure],
      ['protocol', (e) => e.protocol],
      ['port', (e) => e.port ?? undefined],
      ['min tls', (e) => e.minTls],
      ['policy', (e) => e.policy],
      ['plaintext', (e) => e.plaintext],
      ['certificates', (e) => e.certificates.map((c) => c.id).join(' ')],
      ['days left', (e) => e.daysLeft ?? undefined],
      ['failing', (e) => e.failing],
    ],
  });

  // ---- KMS keys and their policies.
  const keyLabel = (k: ClientKey) => (k.aliases.length > 0 ? k.aliases.join(', ') : k.name);
  /** `s3 2, ebs 1`: how many resources of each service a key protects. */
  const byService = (k: ClientKey) => k.protectsByService.map((p) => `${p.service} ${p.count}`).join(', ');
  /** The key's name when it says something its aliases and id do not. */
  const keyName = (k: ClientKey) => (k.aliases.length > 0 && !k.aliases.includes(k.name) && k.name !== k.id ? k.name : '');
  const access = (k: ClientKey): string => {
    const v = k.verdict;
    if (!v) return 'not read';
    if (v.status === 'unknown') return 'could not be analyzed';
    if (v.public) return 'public';
    if (v.externalAccounts && v.externalAccounts.length > 0) return 'external accounts';
    return 'owner account only';
  };
  const rotationKind = (k: ClientKey) => k.rotation.split(' ')[0] ?? k.rotation;
  const keyCell = (k: ClientKey) => {
    const box = el('span');
    box.append(el('span', keyLabel(k), 'name'));
    const name = keyName(k);
    if (name !== '') box.append(el('span', name, 'also'));
    box.append(el('span', k.id, 'arn'));
    return box;
  };
  const accessCell = (k: ClientKey) => {
    const a = access(k);
    const box = el('span');
    box.append(el('span', a, a === 'public' ? 'verdict-public' : 'nowrap'));
    if (k.verdict?.externalAccounts && k.verdict.externalAccounts.length > 0) box.append(` ${k.verdict.externalAccounts.join(', ')}`);
    return box;
  };
  const keys = data.keys;
  table<ClientKey>({
    name: 'keys',
    prefix: 'k',
    rows: keys,
    pageSize: 50,
    noun: ['key', 'keys'],
    searchHint: 'alias, key id, resource',
    columns: [
      { key: 'key', label: 'Key', cls: 'resource', sort: (k) => keyLabel(k).toLowerCase(), cell: keyCell },
      { key: 'account', label: 'Account', cls: 'nowrap', sort: (k) => k.account, cell: (k) => k.account },
      { key: 'region', label: 'Region', cls: 'nowrap', sort: (k) => k.region, cell: (k) => k.region },
      { key: 'manager', label: 'Manager', sort: (k) => k.manager, cell: (k) => k.manager },
      { key: 'health', label: 'Health', sort: (k) => k.health, cell: (k) => k.health },
      { key: 'rotation', label: 'Rotation', sort: (k) => k.rotation, cell: (k) => k.rotation },
      { key: 'policy', label: 'Policy', sort: (k) => access(k), cell: accessCell },
      {
        key: 'protects',
        label: 'Protects',
        sort: (k) => k.protectsCount,
        cell: (k) => {
          if (k.protectsCount === 0) return el('span', 'none found', 'muted');
          const box = el('details', undefined, 'protects');
          box.append(el('summary', `${plural(k.protectsCount, 'resource')}: ${byService(k)}`));
          const list = el('ul');
          for (const r of k.protects) {
            const li = el('li', r.name, 'wrap');
            li.append(' ', el('span', `(${r.type}, ${r.via})`, 'muted'), el('br'), el('span', r.id, 'muted'));
            list.append(li);
          }
          if (k.protectsCount > k.protects.length)
            list.append(el('li', `and ${plural(k.protectsCount - k.protects.length, 'more')}`, 'muted'));
          box.append(list);
          return box;
        },
      },
      { key: 'failing', label: 'Failing', sort: (k) => k.failing, cell: (k) => number(k.failing) },
    ],
    filters: [
      { key: 'account', label: 'Account', options: choices(unique(keys.map((k) => k.account))), test: (k, v) => k.account === v },
      { key: 'region', label: 'Region', options: choices(unique(keys.map((k) => k.region))), test: (k, v) => k.region === v },
      { key: 'manager', label: 'Manager', options: choices(unique(keys.map((k) => k.manager))), test: (k, v) => k.manager === v },
      { key: 'health', label: 'Health', options: choices(unique(keys.map((k) => k.health))), test: (k, v) => k.health === v },
      { key: 'rotation', label: 'Rotation', options: choices(unique(keys.map(rotationKind))), test: (k, v) => rotationKind(k) === v },
      { key: 'policy', label: 'Policy', options: choices(unique(keys.map(access))), test: (k, v) => access(k) === v },
    ],
    searchText: (k) => `${k.aliases.join(' ')} ${k.name} ${k.id} ${k.protects.map((r) => `${r.name} ${r.id}`).join(' ')}`,
    csv: [
      ['key', (k) => k.id],
      ['aliases', (k) => k.aliases.join(' ')],
      ['name', (k) => k.name],
      ['account', (k) => k.account],
      ['region', (k) => k.region],
      ['manager', (k) => k.manager],
      ['health', (k) => k.health],
      ['rotation', (k) => k.rotation],
      ['policy', access],
      ['policy reason', (k) => k.verdict?.reason],
      ['protects', (k) => k.protectsCount],
      ['protects by service', byService],
      ['failing', (k) => k.failing],
    ],
  });

  const grantsText = (k: ClientKey) => k.grants.map((g) => `${g.statement}: ${g.who} (${g.reason})`).join('; ');
  const policies = keys.filter((k) => k.verdict && k.manager !== 'AWS');
  table<ClientKey>({
    name: 'policies',
    prefix: 'p',
    rows: policies,
    pageSize: 50,
    noun: ['key policy', 'key policies'],
    searchHint: 'alias, key id, account, principal',
    columns: [
      { key: 'key', label: 'Key', cls: 'resource', sort: (k) => keyLabel(k).toLowerCase(), cell: keyCell },
      { key: 'region', label: 'Region', cls: 'nowrap', sort: (k) => k.region, cell: (k) => k.region },
      { key: 'access', label: 'Access', sort: access, cell: accessCell },
      { key: 'reason', label: 'Verdict', cls: 'wrap', sort: (k) => k.verdict?.reason ?? '', cell: (k) => k.verdict?.reason ?? '' },
      {
        key: 'grants',
        label: 'Grants access to',
        cls: 'wrap',
        sort: (k) => k.grants.length,
        cell: (k) => {
          if (k.grants.length === 0) return el('span', 'no one', 'muted');
          const list = el('ul', undefined, 'grants');
          for (const g of k.grants) {
            const li = el('li');
            li.append(el('strong', g.statement), `: ${g.who} `, el('span', g.reason, 'muted'));
            list.append(li);
          }
          return list;
        },
      },
    ],
    filters: [
      { key: 'region', label: 'Region', options: choices(unique(policies.map((k) => k.region))), test: (k, v) => k.region === v },
      { key: 'access', label: 'Access', options: choices(unique(policies.map(access))), test: (k, v) => access(k) === v },
    ],
    searchText: (k) => `${k.aliases.join(' ')} ${k.name} ${k.id} ${k.verdict?.reason ?? ''} ${grantsText(k)}`,
    csv: [
      ['key', (k) => k.id],
      ['aliases', (k) => k.aliases.join(' ')],
      ['region', (k) => k.region],
      ['access', access],
      ['external accounts', (k) => (k.verdict?.externalAccounts ?? []).join(' ')],
      ['verdict', (k) => k.verdict?.reason],
      ['grants', grantsText],
    ],
  });

  // ---- A link with a view in its fragment, opened in this page, shows that view.
  window.addEventListener('hashchange', () => {
    if (!location.hash.includes('=')) return;
    state = readState();
    for (const t of tables) t.load();
  });

  // ---- Printing: every row the filters let through, every collapsed section open.
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    printing = true;
    for (const t of tables) t.render();
    // Not the lists of protected resources: their counts are printed, the lists would fill hundreds of pages.
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.protects)')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    for (const d of opened) d.open = false;
    opened = [];
    for (const t of tables) t.render();
  });
  document.body.dataset['readyMs'] = String(Math.round(performance.now()));
  document.body.dataset['ready'] = 'true';
}
