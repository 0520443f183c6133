// A page of records as a table: sortable headers, parents by label, paging. Used by list pages and detail tabs.
import { list, Problem } from './api.js';
import { h } from './ui.js';
import * as m from './model.js';

/**
 * Renders into `container` the records of resource `name` that match `filters`, at `state` ({page, sort, q, qf});
 * `change(next)` is called with the state the user asked for (a header clicked, a page turned).
 */
export async function grid(container, config, name, state, change, filters = {}) {
  const r = m.resource(config, name);
  const fields = r.list_fields && r.list_fields.length ? r.list_fields : (r.attributes || []).map(a => a.name);
  const page = Number(state.page || 0);
  const params = {
    page, size: m.PAGE_SIZE, sort: state.sort, include: m.parentIncludes(r, fields),
    ...filters, ...m.searchFilter(r, state.qf, state.q),
  };
  container.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  let result;
  try {
    result = await list(r.endpoint, params);
  } catch (e) {
    container.replaceChildren(h('div', { class: 'banner error' }, e instanceof Problem ? e.message : String(e)));
    return;
  }
  container.replaceChildren(
    table(config, name, r, fields, result.rows, state, change),
    pager(page, result.total, result.rows.length, p => change({ ...state, page: p })));
}

function table(config, name, r, fields, rows, state, change) {
  const head = h('tr', {}, fields.map(f => header(r, f, state, change)));
  const body = rows.length
    ? rows.map(row => line(config, name, r, fields, row))
    : [h('tr', {}, h('td', { colspan: fields.length, class: 'empty' }, 'No records'))];
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'records', 'data-resource': name }, h('thead', {}, head), h('tbody', {}, body)));
}

/** Clicking a header sorts by it ascending, clicking again descending. */
function header(r, field, state, change) {
  const sort = state.sort || '';
  const direction = sort === field ? 'asc' : sort === `-${field}` ? 'desc' : '';
  const next = direction === 'asc' ? `-${field}` : field;
  return h('th', { 'data-field': field, 'aria-sort': direction ? `${direction}ending` : 'none' },
    h('button', { class: `sort ${direction}`, type: 'button', onclick: () => change({ ...state, sort: next, page: 0 }) },
      m.label(r, field), h('span', { class: 'arrow' }, direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '')));
}

function line(config, name, r, fields, row) {
  const keys = m.keyValues(r, row);
  const link = r.served && keys.length ? m.recordHash(name, keys) : null;
  const tr = h('tr', { class: link ? 'clickable' : '', 'data-key': keys.join('/') },
    fields.map(f => h('td', { 'data-field': f }, cell(config, r, f, row))));
  if (link) {
    tr.addEventListener('click', event => {
      if (!event.target.closest('a')) location.hash = link;
    });
  }
  return tr;
}

/** A value as people read it; a foreign key as its parent's label, linked to the parent. */
export function cell(config, r, field, row) {
  const rel = m.parentRelationship(r, field);
  const value = row[field];
  if (value === null || value === undefined) return h('span', { class: 'muted' }, '—');
  if (rel && row[rel.name]) {
    const parent = m.resource(config, rel.resource);
    const keys = parent ? m.keyValues(parent, row[rel.name]) : [];
    const text = m.recordLabel(config, rel.resource, row[rel.name]) || String(value);
    return parent && parent.served && keys.length
      ? h('a', { href: m.recordHash(rel.resource, keys), class: 'parent' }, text) : text;
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (m.attribute(r, field).format === 'date-time') return String(value).replace('T', ' ');
  return String(value);
}

function pager(page, total, shown, go) {
  const pages = Math.max(1, Math.ceil(total / m.PAGE_SIZE));
  const from = total === 0 ? 0 : page * m.PAGE_SIZE + 1;
  return h('div', { class: 'pager' },
    h('span', { class: 'info' }, total === 0 ? 'No records' : `${from}–${page * m.PAGE_SIZE + shown} of ${total}`),
    h('button', { class: 'button prev', type: 'button', disabled: page <= 0, onclick: () => go(page - 1) }, '‹ Previous'),
    h('span', { class: 'page' }, `Page ${page + 1} of ${pages}`),
    h('button', { class: 'button next', type: 'button', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, 'Next ›'));
}
