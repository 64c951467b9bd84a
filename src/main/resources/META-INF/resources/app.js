// econfacts dashboard: wires the page's sections to the API. No framework, no build step.

import { api, setApiKey } from './api.js';
import { attachTooltip, renderArticle } from './article.js';
import { chartUnavailable, drawChart } from './chart.js';
import { renderDiscrepancies } from './discrepancies.js';
import { factsTable } from './facts.js';

const $ = id => document.getElementById(id);

const CATEGORIES = ['TRADE', 'EXPORT', 'IMPORT', 'TRADE_BALANCE', 'INVESTMENT', 'VALUE_ADDED', 'OUTPUT', 'GDP',
  'SHARE', 'GROWTH_RATE', 'PRICE', 'REVENUE', 'PROFIT', 'DEBT', 'EMPLOYMENT', 'ORGANIZATION_COUNT',
  'PEOPLE_COUNT', 'REGION_COUNT', 'OTHER'];

for (const select of document.querySelectorAll('select.categories')) {
  select.append(...CATEGORIES.map(c => new Option(c.toLowerCase().replaceAll('_', ' '), c)));
}

const table = factsTable({
  form: $('fact-filters'), table: $('facts-table'), error: $('facts-error'),
  prev: $('prev'), next: $('next'), info: $('page-info'),
});

// ---- Read an article ----

let shownFacts = new Map();
attachTooltip($('article-text'), $('tooltip'), id => shownFacts.get(id));

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
    showDocument(await api.submitDocument(body));
    $('key-row').hidden = true;
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

async function showDocument(doc) {
  shownFacts = new Map(doc.facts.map(f => [f.id, f]));
  $('article-title').textContent = doc.title || `Document ${doc.id}`;
  $('article-meta').textContent = `#${doc.id} · ${doc.language} · reference date ${doc.referenceDate} · `
    + `${doc.facts.length} figure${doc.facts.length === 1 ? '' : 's'}`;
  renderArticle($('article-text'), doc.text, doc.facts);
  $('article-result').dataset.documentId = doc.id;
  $('article-result').hidden = false;
  table.showDocument(doc.id);
  $('discrepancies').hidden = true;
  if (doc.language?.includes('+')) {
    try {
      renderDiscrepancies($('discrepancies'), await api.discrepancies(doc.id));
    } catch (err) {
      $('disc-note').textContent = `Discrepancies unavailable: ${err.message}`;
    }
  }
}

// ---- Chart ----

$('chart-form').addEventListener('submit', async e => {
  e.preventDefault();
  const { unit, ...params } = Object.fromEntries(new FormData(e.target));
  if (/^[A-Za-z]{3}$/.test(unit.trim())) params.currency = unit.trim();
  else params.unit = unit;
  try {
    $('chart-note').textContent = drawChart($('chart-area'), await api.timeseries(params));
  } catch (err) {
    const missing = err.status === 404 || err.status === 405;
    $('chart-form').hidden = missing;
    $('chart-note').textContent = missing
      ? chartUnavailable($('chart-area'))
      : `Chart: ${err.describe ? err.describe() : err}`;
  }
});

// ---- Start ----

table.load();
$('chart-form').requestSubmit();
api.entities({ size: 100 }).then(list => {
  $('entity-names').replaceChildren(...list.map(e => new Option(e.type ? `${e.name} (${e.type})` : e.name, e.name)));
}).catch(() => { /* suggestions are optional */ });
