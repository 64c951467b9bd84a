// econfacts dashboard: wires the page's sections to the API. No framework, no build step.

import { api, setApiKey } from './api.js';
import { attachTooltip, renderArticle } from './article.js';
import { conflictsView } from './conflicts.js';
import { renderDiscrepancies } from './discrepancies.js';
import { documentsView } from './documents.js';
import { factsTable } from './facts.js';
import { seriesView } from './series.js';
import { readParams, writeParams } from './url.js';

const $ = id => document.getElementById(id);

const CATEGORIES = ['TRADE', 'EXPORT', 'IMPORT', 'TRADE_BALANCE', 'INVESTMENT', 'VALUE_ADDED', 'OUTPUT', 'GDP',
  'SHARE', 'GROWTH_RATE', 'PRICE', 'REVENUE', 'PROFIT', 'DEBT', 'BALANCE_OF_PAYMENTS', 'BUDGET', 'RESERVES',
  'MONETARY', 'INTEREST_RATE', 'INFLATION', 'CONSUMPTION', 'INVENTORY', 'ORDERS', 'EMPLOYMENT',
  'ORGANIZATION_COUNT', 'PEOPLE_COUNT', 'REGION_COUNT', 'OTHER'];

for (const select of document.querySelectorAll('select.categories')) {
  select.append(...CATEGORIES.map(c => new Option(c.toLowerCase().replaceAll('_', ' '), c)));
}

// ---- Documents: titles for the chart's point details, one request per document ----

const titles = new Map();
function documentTitle(id) {
  if (!titles.has(id)) {
    titles.set(id, api.document(id).then(d => d.title || `Document ${id}`, () => `Document ${id}`));
  }
  return titles.get(id);
}

// ---- One document, opened from the chart, the facts table, the documents list or after posting ----

let shownFacts = new Map();
attachTooltip($('article-text'), $('tooltip'), id => shownFacts.get(id));

/** The language of a text for the browser (fonts, line breaking): the one language it holds, if one. */
const textLang = language => (language && !language.includes('+') ? language : 'und');

function showDocument(doc) {
  shownFacts = new Map(doc.facts.map(f => [f.id, f]));
  titles.set(doc.id, Promise.resolve(doc.title || `Document ${doc.id}`));
  $('article-title').textContent = doc.title || `Document ${doc.id}`;
  $('article-meta').textContent = [`#${doc.id}`, doc.language, doc.publishedAt && `published ${doc.publishedAt}`,
    `reference date ${doc.referenceDate}`, `${doc.facts.length} figure${doc.facts.length === 1 ? '' : 's'}`]
    .filter(Boolean).join(' · ');
  $('article-text').lang = textLang(doc.language);
  renderArticle($('article-text'), doc.text, doc.facts);
  $('article-result').dataset.documentId = doc.id;
  $('article-delete').replaceWith(Object.assign(documents.deleteButton(doc, closeDocument), { id: 'article-delete' }));
  $('document').hidden = false;
  writeParams('document.', { id: doc.id });
  $('discrepancies').hidden = true;
  if (doc.language?.includes('+')) {
    api.discrepancies(doc.id).then(rows => renderDiscrepancies($('discrepancies'), rows)).catch(err => {
      $('disc-note').textContent = `Discrepancies unavailable: ${err.message}`;
      $('discrepancies').hidden = false;
    });
  }
}

async function openDocument(id) {
  try {
    showDocument(await api.document(id));
    $('document').scrollIntoView({ block: 'start' });
    $('article-title').focus({ preventScroll: true });
  } catch (err) {
    $('docs-error').textContent = `Document #${id} cannot be opened: ${err.describe ? err.describe() : err}`;
    $('docs-error').hidden = false;
  }
}

function closeDocument() {
  $('document').hidden = true;
  writeParams('document.', {});
}
$('article-close').addEventListener('click', closeDocument);

// ---- Sections ----

const table = factsTable({
  form: $('fact-filters'), table: $('facts-table'), error: $('facts-error'),
  prev: $('prev'), next: $('next'), info: $('page-info'), exportLink: $('export-csv'), openDocument,
});

const series = seriesView({
  form: $('series-form'), unitSelect: $('series-unit'), area: $('chart-area'), caption: $('chart-caption'),
  note: $('chart-note'), detail: $('point-detail'), openDocument, documentTitle,
});

const conflicts = conflictsView({
  table: $('conflicts-table'), note: $('conflicts-note'), detail: $('conflict-detail'), openDocument,
});

const documents = documentsView({
  form: $('doc-filters'), table: $('docs-table'), error: $('docs-error'), prev: $('docs-prev'), next: $('docs-next'),
  info: $('docs-info'), keyRow: $('doc-key-row'), keyInput: $('doc-api-key'), openDocument,
  onDeleted: id => {
    titles.delete(id);
    if ($('article-result').dataset.documentId === String(id)) closeDocument();
    documents.load();
    table.load();
    series.redraw();
    conflicts.load();
  },
});

// ---- Read an article ----

$('file').addEventListener('change', async e => {
  const file = e.target.files[0];
  if (!file) return;
  $('text').value = await file.text();
  if (!$('title').value) $('title').value = file.name.replace(/\.txt$/i, '');
});

function showError(message) {
  $('article-error').textContent = message;
  $('article-error').hidden = !message;
}

$('article-form').addEventListener('submit', async e => {
  e.preventDefault();
  showError('');
  setApiKey($('api-key').value);
  const body = { text: $('text').value };
  if ($('title').value.trim()) body.title = $('title').value.trim();
  if ($('publishedAt').value) body.publishedAt = $('publishedAt').value;
  $('submit').disabled = true;
  $('submit').textContent = 'Reading…';
  try {
    const doc = await api.submitDocument(body);
    $('key-row').hidden = true;
    showDocument(doc);
    $('document').scrollIntoView({ block: 'start' });
    table.showDocument(doc.id);
    documents.load();
    series.redraw();
    conflicts.load();
  } catch (err) {
    if (err.status === 401) {
      $('key-row').hidden = false;
      $('api-key').focus();
    }
    showError(err.describe ? err.describe() : String(err));
  } finally {
    $('submit').disabled = false;
    $('submit').textContent = $('key-row').hidden ? 'Read figures' : 'Send again with key';
  }
});

// ---- Start: everything loads on open, from the address when it names a view ----

table.start();
documents.start();
series.start();
conflicts.start();
const { id: openId } = readParams('document.');
if (openId) openDocument(openId);
api.entities({ size: 100 }).then(list => {
  $('entity-names').replaceChildren(...list.map(e => new Option(e.type ? `${e.name} (${e.type})` : e.name, e.name)));
}).catch(() => { /* suggestions are optional */ });
