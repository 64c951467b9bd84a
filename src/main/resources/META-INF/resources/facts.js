// The facts table: filters from a form and the address (so a view can be shared), 20 rows a page,
// read from GET /api/v1/facts; "Export CSV" downloads every fact these filters match.

import { api } from './api.js';
import { el, formatApprox, formatChange, formatEntities, formatValue, markedSentence } from './format.js';
import { fillForm, formValues, readParams, writeParams } from './url.js';

const PAGE_SIZE = 20;

export function factsTable({ form, table, error, prev, next, info, exportLink, openDocument }) {
  let page = 0;
  let total = 0;
  let exact = true; // false: the service stopped counting, total is a lower bound (totalExact)
  let latest = 0; // only the newest request may fill the table

  const row = f => el('tr', { 'data-fact-id': f.id },
    el('td', { lang: f.language },
      el('details', {}, el('summary', {}, f.text), el('p', { class: 'sentence' }, ...markedSentence(f)))),
    el('td', {}, f.kind),
    el('td', { class: 'num' }, [formatApprox(f.approximation), formatValue(f.value)].filter(Boolean).join(' ')),
    el('td', {}, f.unit || ''),
    el('td', {}, f.period?.label || ''),
    el('td', {}, formatChange(f.change)),
    el('td', {}, f.category || ''),
    el('td', { lang: f.language }, f.subject || ''),
    el('td', {}, formatEntities(f.entities)),
    el('td', {}, f.language),
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openDocument(f.documentId),
      'aria-label': `Open document ${f.documentId}` }, `#${f.documentId}`)));

  async function load() {
    const filters = formValues(form);
    writeParams('', page > 0 ? { ...filters, page: page + 1 } : filters);
    exportLink.href = api.csvUrl(filters);
    const mine = ++latest;
    try {
      const result = await api.facts({ ...filters, page, size: PAGE_SIZE });
      if (mine !== latest) return;
      total = result.total;
      exact = result.totalExact !== false;
      table.tBodies[0].replaceChildren(...result.items.map(row));
      if (result.items.length === 0) {
        table.tBodies[0].append(el('tr', {}, el('td', { colSpan: 11, class: 'meta' },
          Object.keys(filters).some(k => k !== 'sort') ? 'No facts match these filters.' : 'No facts are stored yet: read an article below.')));
      }
      error.hidden = true;
    } catch (e) {
      if (mine !== latest) return;
      total = 0;
      exact = true;
      table.tBodies[0].replaceChildren();
      error.textContent = e.describe ? e.describe() : String(e);
      error.hidden = false;
    }
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    info.textContent = exact
      ? `Page ${page + 1} of ${pages} · ${total} fact${total === 1 ? '' : 's'}`
      : `Page ${page + 1} of more than ${pages} · more than ${total.toLocaleString('en')} facts`;
    prev.disabled = page === 0;
    next.disabled = exact && page + 1 >= pages;
  }

  form.addEventListener('submit', e => { e.preventDefault(); page = 0; load(); });
  prev.addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
  next.addEventListener('click', () => { page += 1; load(); });

  return {
    /** First load: the filters and page in the address, if any. */
    start() {
      const { page: p, ...filters } = readParams('');
      fillForm(form, filters);
      page = Math.max(0, (Number.parseInt(p, 10) || 1) - 1);
      return load();
    },
    load,
    /** Shows the facts of one document in text order. */
    showDocument(id) {
      form.reset();
      form.elements.documentId.value = id;
      form.elements.sort.value = 'start';
      page = 0;
      return load();
    },
  };
}
