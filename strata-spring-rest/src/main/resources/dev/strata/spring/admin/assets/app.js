// The admin app: hash routes over admin.yaml (read from the server on every page, so an edit shows on reload).
//   #/                      the resources       #/r/Album?page=1&sort=-title&qf=title&q=rock   a list
//   #/r/Album/new           a create form       #/r/Album/id/5   a record, ?tab=tracks          #/r/Album/id/5/edit
//   #/diagram               the schema diagram
import * as api from './api.js';
import { grid, cell } from './grid.js';
import { recordForm } from './form.js';
import { h, toast, confirmDialog } from './ui.js';
import * as m from './model.js';

const main = document.getElementById('main');

function parseHash() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(query || '')) };
}

function go(parts, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([k, v]) => v !== '' && v !== undefined
    && v !== null && !(k === 'page' && Number(v) === 0)));
  const text = query.toString();
  location.hash = '#/' + parts.map(encodeURIComponent).join('/') + (text ? `?${text}` : '');
}

let routed = 0;

async function route() {
  const { parts, params } = parseHash();
  const mine = ++routed;
  let config;
  try {
    config = await api.config();
    if (mine !== routed) return; // the user went on meanwhile
  } catch (e) {
    main.replaceChildren(h('div', { class: 'banner error', id: 'config-error' }, e.message));
    return;
  }
  navigation(config, parts[1]);
  try {
    if (parts[0] === 'diagram') return await diagramPage(config);
    if (parts[0] !== 'r' || !m.resource(config, parts[1])) return home(config);
    const name = parts[1];
    if (parts[2] === 'new') return createPage(config, name);
    if (parts[2] === 'id') {
      const rest = parts.slice(3);
      const edit = rest[rest.length - 1] === 'edit';
      const keys = edit ? rest.slice(0, -1) : rest;
      return edit ? editPage(config, name, keys) : detailPage(config, name, keys, params);
    }
    return listPage(config, name, params);
  } catch (e) {
    main.replaceChildren(h('div', { class: 'banner error' }, e.message));
  }
}

function navigation(config, current) {
  const title = (config.about && config.about.title) || 'Admin';
  document.getElementById('brand').textContent = title;
  document.title = `${title} · admin`;
  document.getElementById('nav').replaceChildren(...Object.entries(config.resources).map(([name, r]) =>
    h('a', { href: `#/r/${encodeURIComponent(name)}`, 'data-resource': name,
      class: `${name === current ? 'active' : ''} ${r.served ? '' : 'unserved'}`,
      title: r.served ? r.endpoint : `${r.endpoint} is not served by the REST API` }, r.label || name)));
}

function home(config) {
  main.replaceChildren(
    h('h1', {}, (config.about && config.about.title) || 'Admin'),
    h('p', { class: 'muted' }, `Driven by ${config.source}: edit it and reload the page.`),
    h('div', { class: 'cards' }, Object.entries(config.resources).map(([name, r]) =>
      h('a', { class: 'card', href: `#/r/${encodeURIComponent(name)}` },
        h('strong', {}, r.label || name), h('span', { class: 'muted' }, r.endpoint)))));
}

async function listPage(config, name, params) {
  const r = m.resource(config, name);
  const state = { page: params.page, sort: params.sort, q: params.q, qf: params.qf || defaultSearchField(r) };
  const table = h('div', { class: 'grid' });
  main.replaceChildren(
    h('div', { class: 'title-row' }, h('h1', { id: 'page-title' }, r.label || name),
      r.served ? h('a', { class: 'button primary', id: 'new', href: `#/r/${encodeURIComponent(name)}/new` },
        `New ${r.label || name}`) : h('span', { class: 'muted' }, 'not served by the REST API')),
    searchBox(r, state, next => go(['r', name], next)),
    table);
  if (r.served) await grid(table, config, name, state, next => go(['r', name], next));
}

function defaultSearchField(r) {
  const fields = m.searchable(r);
  const preferred = fields.find(a => a.name === r.user_key) || fields.find(a => a.type === 'string') || fields[0];
  return preferred ? preferred.name : '';
}

function searchBox(r, state, change) {
  const fields = m.searchable(r);
  if (!fields.length) return '';
  const select = h('select', { id: 'search-field', 'aria-label': 'Search in' },
    fields.map(a => h('option', { value: a.name, selected: a.name === state.qf }, a.label || a.name)));
  const input = h('input', { id: 'search', type: 'search', placeholder: 'Search…', value: state.q || '' });
  return h('form', { class: 'search', onsubmit: e => {
    e.preventDefault();
    change({ ...state, q: input.value.trim(), qf: select.value, page: 0 });
  } }, select, input, h('button', { class: 'button', type: 'submit' }, 'Search'));
}

/** One record: its fields (parents by label, linked), then a tab per child relationship. */
async function detailPage(config, name, keys, params) {
  const r = m.resource(config, name);
  const fields = r.detail_fields && r.detail_fields.length ? r.detail_fields : (r.attributes || []).map(a => a.name);
  const row = await fetchRecord(config, name, keys, fields);
  if (!row) {
    main.replaceChildren(h('div', { class: 'banner error' }, `${r.label || name} ${keys.join('/')} does not exist.`));
    return;
  }
  const tabs = m.children(r);
  const active = tabs.find(t => t.name === params.tab) || tabs[0];
  const heading = m.recordLabel(config, name, row);
  main.replaceChildren(
    h('nav', { class: 'crumbs' }, h('a', { href: `#/r/${encodeURIComponent(name)}` }, r.label || name), ' / ', heading),
    h('div', { class: 'title-row' }, h('h1', { id: 'page-title' }, heading),
      h('div', { class: 'actions' },
        h('a', { class: 'button', id: 'edit', href: `${m.recordHash(name, keys)}/edit` }, 'Edit'),
        h('button', { class: 'button danger', id: 'delete', type: 'button',
          onclick: () => deleteRecord(config, name, keys, heading) }, 'Delete'))),
    h('dl', { class: 'details' }, fields.map(f => [h('dt', {}, m.label(r, f)),
      h('dd', { 'data-field': f }, cell(config, r, f, row))])),
    tabs.length ? tabBar(name, keys, tabs, active) : '',
    h('div', { class: 'grid', id: 'tab-content' }));
  if (active) await childGrid(config, r, row, active);
}

function tabBar(name, keys, tabs, active) {
  return h('div', { class: 'tabs', role: 'tablist' }, tabs.map(t =>
    h('a', { role: 'tab', class: t === active ? 'tab active' : 'tab', 'data-tab': t.name,
      'aria-selected': t === active ? 'true' : 'false',
      href: `${m.recordHash(name, keys)}?tab=${encodeURIComponent(t.name)}` }, t.label || t.name)));
}

/** The children whose foreign keys hold this record's keys, paged and sorted in place. */
async function childGrid(config, r, row, relationship) {
  const child = m.resource(config, relationship.resource);
  const container = document.getElementById('tab-content');
  if (!child || !child.served) {
    container.replaceChildren(h('p', { class: 'muted' }, `${relationship.resource} is not served by the REST API.`));
    return;
  }
  const filters = {};
  (relationship.fks || []).forEach((fk, i) => { filters[fk] = row[(r.keys || [])[i]]; });
  let state = {};
  const show = () => grid(container, config, relationship.resource, state, next => { state = next; show(); }, filters);
  await show();
}

/** A record by its keys, with its parents included so that they show by label. */
async function fetchRecord(config, name, keys, fields) {
  const r = m.resource(config, name);
  const filters = Object.fromEntries((r.keys || []).map((k, i) => [k, keys[i]]));
  const { rows } = await api.list(r.endpoint, { ...filters, include: m.parentIncludes(r, fields), size: 1 });
  return rows[0];
}

async function deleteRecord(config, name, keys, heading) {
  const r = m.resource(config, name);
  const sure = await confirmDialog(`Delete ${r.label || name}?`,
    `“${heading}” will be deleted. This cannot be undone.`);
  if (!sure) return;
  try {
    await api.remove(r.endpoint, keys);
    toast(`${r.label || name} “${heading}” deleted`);
    go(['r', name]);
  } catch (e) {
    toast(e.message, 'error');
  }
}

function createPage(config, name) {
  const r = m.resource(config, name);
  main.replaceChildren(
    h('nav', { class: 'crumbs' }, h('a', { href: `#/r/${encodeURIComponent(name)}` }, r.label || name), ' / new'),
    h('h1', { id: 'page-title' }, `New ${r.label || name}`),
    recordForm(config, name, null, async body => {
      const saved = await api.create(r.endpoint, body);
      toast(`${r.label || name} created`);
      location.hash = m.recordHash(name, m.keyValues(r, saved));
    }, () => history.back()));
}

async function editPage(config, name, keys) {
  const r = m.resource(config, name);
  const fields = (r.attributes || []).map(a => a.name);
  const row = await fetchRecord(config, name, keys, fields);
  if (!row) {
    main.replaceChildren(h('div', { class: 'banner error' }, `${r.label || name} ${keys.join('/')} does not exist.`));
    return;
  }
  const heading = m.recordLabel(config, name, row);
  main.replaceChildren(
    h('nav', { class: 'crumbs' }, h('a', { href: `#/r/${encodeURIComponent(name)}` }, r.label || name), ' / ',
      h('a', { href: m.recordHash(name, keys) }, heading), ' / edit'),
    h('h1', { id: 'page-title' }, `Edit ${r.label || name}`),
    recordForm(config, name, row, async body => {
      if (Object.keys(body).length) await api.update(r.endpoint, keys, body);
      toast(`${r.label || name} saved`);
      location.hash = m.recordHash(name, keys);
    }, () => { location.hash = m.recordHash(name, keys); }));
}

async function diagramPage(config) {
  const svg = await api.diagram();
  const box = h('div', { class: 'diagram', id: 'diagram' });
  box.innerHTML = svg;
  main.replaceChildren(h('h1', { id: 'page-title' }, 'Schema diagram'),
    h('p', { class: 'muted' }, `Drawn by strata from ${config.source}; click a table to open it.`), box);
}

window.addEventListener('hashchange', route);
route();
