// Questions about admin.yaml (as /admin/api/config serves it): labels, keys, references and routes.

export const PAGE_SIZE = 20;

export function resource(config, name) {
  return config.resources[name];
}

export function attribute(r, name) {
  return (r.attributes || []).find(a => a.name === name) || { name, label: name, type: 'string' };
}

export function label(r, name) {
  return attribute(r, name).label || name;
}

/** The to-one relationship whose foreign key is this attribute, if any. */
export function parentRelationship(r, attributeName) {
  return (r.relationships || []).find(rel => rel.direction === 'toone' && (rel.fks || []).includes(attributeName));
}

export function children(r) {
  return (r.relationships || []).filter(rel => rel.direction === 'tomany');
}

export function searchable(r) {
  return (r.attributes || []).filter(a => a.search);
}

export function keyValues(r, row) {
  return (r.keys || []).map(k => row[k]);
}

export function recordHash(name, keys) {
  return `#/r/${encodeURIComponent(name)}/id/${keys.map(k => encodeURIComponent(k)).join('/')}`;
}

/** A record's name for people: admin.yaml's user_key, else the API's _label, else its key. */
export function recordLabel(config, name, row) {
  if (!row) return '';
  const r = resource(config, name);
  const key = r && r.user_key;
  if (key && row[key] !== undefined && row[key] !== null) return String(row[key]);
  if (row._label !== undefined && row._label !== null) return String(row._label);
  return r ? keyValues(r, row).join(' / ') : '';
}

/** The includes a page of this resource needs to show its parents by label. */
export function parentIncludes(r, fields) {
  const names = new Set();
  for (const field of fields) {
    const rel = parentRelationship(r, field);
    if (rel) names.add(rel.name);
  }
  return [...names].join(',');
}

/** The API's filter for a search box on one attribute: text by `contains`, anything else by equality. */
export function searchFilter(r, field, text) {
  if (!field || !text) return {};
  const a = attribute(r, field);
  return a.type === 'string' ? { [`${field}[contains]`]: text } : { [field]: text };
}
