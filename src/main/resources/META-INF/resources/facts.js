// The facts table: filters from a form, 20 rows a page, read from GET /api/v1/facts.

import { api } from './api.js';
import { el, formatApprox, formatChange, formatEntities, formatValue } from './format.js';

const PAGE_SIZE = 20;

export function factsTable({ form, table, error, prev, next, info }) {
  let page = 0;
  let total = 0;
  let latest = 0; // only the newest request may fill the table

  const row = f => el('tr', {},
    el('td', { lang: f.language }, f.text),
    el('td', {}, f.kind),
    el('td', { class: 'num' }, [formatApprox(f.approximation), formatValue(f.value)].filter(Boolean).join(' ')),
    el('td', {}, f.unit || ''),
    el('td', {}, f.period?.label || ''),
    el('td', {}, formatChange(f.change)),
    el('td', {}, f.category || ''),
    el('td', {}, f.subject || ''),
    el('td', {}, formatEntities(f.entities)),
    el('td', {}, f.language),
    el('td', {}, String(f.documentId)));

  async function load() {
    const params = Object.fromEntries(new FormData(form));
    const mine = ++latest;
    try {
      const result = await api.facts({ ...params, page, size: PAGE_SIZE });
      if (mine !== latest) return;
      total = result.total;
      table.tBodies[0].replaceChildren(...result.items.map(row));
      if (result.items.length === 0) {
        table.tBodies[0].append(el('tr', {}, el('td', { colSpan: 11, class: 'meta' }, 'No facts match.')));
      }
      error.hidden = true;
    } catch (e) {
      if (mine !== latest) return;
      total = 0;
      table.tBodies[0].replaceChildren();
      error.textContent = e.describe ? e.describe() : String(e);
      error.hidden = false;
    }
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    info.textContent = `Page ${page + 1} of ${pages} · ${total} fact${total === 1 ? '' : 's'}`;
    prev.disabled = page === 0;
    next.disabled = page + 1 >= pages;
  }

  form.addEventListener('submit', e => { e.preventDefault(); page = 0; load(); });
  prev.addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
  next.addEventListener('click', () => { page += 1; load(); });

  return {
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
