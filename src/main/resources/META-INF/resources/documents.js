// The documents view: stored documents searched by title or text and publication date, each can be
// opened (its text with the figures marked) or deleted (with an API key where the server asks for one).

import { api, setApiKey } from './api.js';
import { el } from './format.js';
import { fillForm, formValues, readParams, writeParams } from './url.js';

const PAGE_SIZE = 10;

export function documentsView({ form, table, error, prev, next, info, keyRow, keyInput, openDocument, onDeleted }) {
  let page = 0;
  let total = 0;
  let latest = 0;

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  /**
   * Deletes a document; a first press only arms the button (“Press again to delete”), so one stray
   * click or key press deletes nothing. On a 401 the key field appears and the next press sends it.
   */
  function deleteButton(doc, after) {
    const label = `Delete “${doc.title || `document ${doc.id}`}”`;
    const button = el('button', { type: 'button', class: 'danger', 'aria-label': label }, 'Delete');
    let armed = null;
    button.addEventListener('click', async () => {
      if (!armed) {
        button.textContent = 'Press again to delete';
        armed = setTimeout(() => { armed = null; button.textContent = 'Delete'; }, 6000);
        return;
      }
      clearTimeout(armed);
      armed = null;
      if (!keyRow.hidden) setApiKey(keyInput.value);
      button.disabled = true;
      try {
        await api.deleteDocument(doc.id);
        keyRow.hidden = true;
        showError('');
        after();
        onDeleted(doc.id);
      } catch (e) {
        if (e.status === 401) {
          keyRow.hidden = false;
          keyInput.focus();
        }
        showError(`Document #${doc.id} was not deleted: ${e.describe ? e.describe() : e}`);
        button.textContent = 'Delete';
      } finally {
        button.disabled = false;
      }
    });
    return button;
  }

  const row = d => el('tr', { 'data-document-id': d.id },
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openDocument(d.id) }, d.title || `Document ${d.id}`)),
    el('td', {}, d.publishedAt || ''),
    el('td', {}, d.language || ''),
    el('td', { class: 'num' }, String(d.factCount)),
    el('td', {}, el('button', { type: 'button', onclick: () => openDocument(d.id), 'aria-label': `Open document ${d.id}` }, 'Open'),
      ' ', deleteButton(d, load)));

  async function load() {
    const filters = formValues(form);
    writeParams('docs.', filters);
    const mine = ++latest;
    try {
      const result = await api.documents({ ...filters, page, size: PAGE_SIZE });
      if (mine !== latest) return;
      total = result.total;
      table.tBodies[0].replaceChildren(...result.items.map(row));
      if (result.items.length === 0) {
        table.tBodies[0].append(el('tr', {}, el('td', { colSpan: 5, class: 'meta' },
          Object.keys(filters).length ? 'No document matches.' : 'No documents are stored yet: read an article below.')));
      }
      if (!error.textContent.startsWith('Document #')) showError('');
    } catch (e) {
      if (mine !== latest) return;
      total = 0;
      table.tBodies[0].replaceChildren();
      showError(e.describe ? e.describe() : String(e));
    }
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    info.textContent = `Page ${page + 1} of ${pages} · ${total} document${total === 1 ? '' : 's'}`;
    prev.disabled = page === 0;
    next.disabled = page + 1 >= pages;
  }

  form.addEventListener('submit', e => { e.preventDefault(); page = 0; showError(''); load(); });
  prev.addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
  next.addEventListener('click', () => { page += 1; load(); });

  return {
    start() {
      fillForm(form, readParams('docs.'));
      return load();
    },
    load,
    deleteButton,
  };
}
