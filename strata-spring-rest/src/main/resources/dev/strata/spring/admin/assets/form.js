// Create and edit forms: one input per attribute, a searchable lookup for each parent, and the API's validation
// messages beside the fields they name. No validation in the browser: the API's rules are the only rules.
import { list, Problem } from './api.js';
import { h, debounce } from './ui.js';
import * as m from './model.js';

/**
 * A form for resource `name`: `row` holds the current values (null to create). `save(body)` sends the body and
 * resolves to the saved record; a Problem it throws is shown on the form.
 */
export function recordForm(config, name, row, save, cancel) {
  const r = m.resource(config, name);
  const creating = !row;
  const inputs = new Map();
  const fieldsBox = h('div', { class: 'fields' });
  for (const a of r.attributes || []) {
    const isKey = (r.keys || []).includes(a.name);
    if (a.read_only && creating) continue;
    const locked = !creating && (isKey || a.read_only);
    const input = a.reference ? lookup(config, r, a, row) : plainInput(a, row);
    if (locked) input.disable();
    inputs.set(a.name, { attribute: a, input, locked });
    fieldsBox.append(h('div', { class: 'field', 'data-field': a.name },
      h('label', { for: `f-${a.name}` }, a.label || a.name, a.required && !locked ? h('span', { class: 'req' }, ' *') : ''),
      input.element,
      h('div', { class: 'field-error', 'data-field': a.name })));
  }
  const banner = h('div', { class: 'banner error', hidden: true });
  const form = h('form', { class: 'record-form', novalidate: true }, banner, fieldsBox,
    h('div', { class: 'actions' },
      h('button', { class: 'button', type: 'button', onclick: cancel }, 'Cancel'),
      h('button', { class: 'button primary', type: 'submit', id: 'save' }, creating ? 'Create' : 'Save')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form, banner);
    try {
      await save(body(inputs, row));
    } catch (e) {
      showProblem(form, banner, e);
    }
  });
  return form;
}

/** To create: every filled field. To edit: only the fields that changed (a PATCH changes only what it is sent). */
function body(inputs, row) {
  const result = {};
  for (const [name, { attribute, input, locked }] of inputs) {
    if (locked) continue;
    const raw = input.value();
    if (!row) {
      if (raw !== '') result[name] = convert(attribute, raw);
    } else if (comparable(attribute, raw) !== comparable(attribute, text(row[name]))) {
      result[name] = raw === '' ? null : convert(attribute, raw);
    }
  }
  return result;
}

/** Chromium's datetime-local leaves out zero seconds: 2021-01-04T00:00 is the API's 2021-01-04T00:00:00. */
function comparable(a, value) {
  return a.format === 'date-time' && value.length === 16 ? `${value}:00` : value;
}

function convert(a, raw) {
  if (a.type === 'integer' || a.type === 'number') {
    const n = Number(raw);
    return Number.isNaN(n) ? raw : n;
  }
  if (a.type === 'boolean') return raw === 'true';
  return raw;
}

function text(value) {
  return value === null || value === undefined ? '' : String(value);
}

function clearErrors(form, banner) {
  banner.hidden = true;
  form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('.field.invalid').forEach(e => e.classList.remove('invalid'));
}

/** Each field error beside its field; the rest, and the problem's detail, in the banner above. */
function showProblem(form, banner, e) {
  const unplaced = [];
  for (const { field, message } of e instanceof Problem ? e.errors : []) {
    const box = form.querySelector(`.field-error[data-field="${CSS.escape(field)}"]`);
    if (box) {
      box.textContent = box.textContent ? `${box.textContent}; ${message}` : message;
      box.closest('.field').classList.add('invalid');
    } else {
      unplaced.push(`${field}: ${message}`);
    }
  }
  const errors = e instanceof Problem ? e.errors : [];
  banner.textContent = errors.length && !unplaced.length ? 'Please correct the fields marked below.'
    : [e.message, ...unplaced].join(' — ');
  banner.hidden = false;
}

function plainInput(a, row) {
  const id = `f-${a.name}`;
  const current = row ? text(row[a.name]) : '';
  let element;
  if (a.type === 'boolean') {
    element = h('select', { id, name: a.name },
      h('option', { value: '' }, '—'), h('option', { value: 'true' }, 'Yes'), h('option', { value: 'false' }, 'No'));
  } else {
    element = h('input', { id, name: a.name, ...inputType(a), autocomplete: 'off' });
  }
  element.value = a.format === 'date-time' ? current.slice(0, 19) : current;
  return { element, value: () => element.value.trim(), disable: () => { element.disabled = true; } };
}

function inputType(a) {
  if (a.type === 'integer') return { type: 'number', step: '1' };
  if (a.type === 'number') return { type: 'number', step: 'any' };
  if (a.format === 'date') return { type: 'date' };
  if (a.format === 'date-time') return { type: 'datetime-local', step: '1' };
  return { type: 'text' };
}

/** A searchable select of the parent records: type to filter them by their label, pick one. */
function lookup(config, r, a, row) {
  const rel = m.parentRelationship(r, a.name);
  const parentName = (rel && rel.resource) || a.reference;
  const parent = m.resource(config, parentName);
  if (!parent || !parent.served) return plainInput(a, row);
  let value = row ? text(row[a.name]) : '';
  let shown = row && rel && row[rel.name] ? m.recordLabel(config, parentName, row[rel.name]) : value;
  const search = h('input', { id: `f-${a.name}`, type: 'text', class: 'lookup-input', autocomplete: 'off',
    placeholder: `Search ${(parent && parent.label) || parentName}…`, role: 'combobox' });
  search.value = shown;
  const options = h('ul', { class: 'lookup-options', role: 'listbox', hidden: true });
  const element = h('div', { class: 'lookup', 'data-resource': parentName }, search, options);

  const choose = (key, label) => {
    value = text(key);
    shown = label;
    search.value = label;
    options.hidden = true;
  };
  const refresh = debounce(async () => {
    const userKey = parent.user_key;
    const typed = search.value.trim();
    const filter = userKey && typed ? { [`${userKey}[contains]`]: typed } : {};
    try {
      const { rows } = await list(parent.endpoint, { size: 10, sort: userKey, ...filter });
      options.replaceChildren(...rows.map(p => {
        const key = m.keyValues(parent, p)[0];
        const label = m.recordLabel(config, parentName, p);
        return h('li', { role: 'option', 'data-key': key,
          onmousedown: ev => { ev.preventDefault(); choose(key, label); } }, label, h('span', { class: 'muted' }, ` #${key}`));
      }));
      if (!rows.length) options.replaceChildren(h('li', { class: 'muted' }, 'No match'));
      options.hidden = false;
    } catch (e) {
      options.replaceChildren(h('li', { class: 'muted' }, e.message));
      options.hidden = false;
    }
  }, 200);
  search.addEventListener('input', refresh);
  search.addEventListener('focus', refresh);
  search.addEventListener('blur', () => {
    options.hidden = true;
    if (search.value.trim() === '') choose('', '');
    else search.value = shown;
  });
  return {
    element,
    value: () => value,
    disable: () => { search.disabled = true; },
  };
}
