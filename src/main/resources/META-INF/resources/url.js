// The page's state in its address, so a view can be shared: facts filters under their API names,
// the series as series.<field>, the documents search as docs.<field>, an open document as doc.

/** The values of `prefix`-ed parameters (or, with no prefix, the unprefixed ones) as an object. */
export function readParams(prefix = '') {
  const out = {};
  for (const [k, v] of new URLSearchParams(location.search)) {
    if (prefix ? k.startsWith(prefix) : !k.includes('.')) out[k.slice(prefix.length)] = v;
  }
  return out;
}

/** Replaces the `prefix`-ed parameters with `values` (empty ones left out), keeping the others. */
export function writeParams(prefix, values) {
  const q = new URLSearchParams(location.search);
  for (const k of [...q.keys()]) {
    if (prefix ? k.startsWith(prefix) : !k.includes('.')) q.delete(k);
  }
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined && v !== null && String(v).trim() !== '') q.set(prefix + k, String(v).trim());
  }
  const s = q.toString();
  history.replaceState(null, '', `${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
}

/** Fills the named controls of `form` from `values`; returns whether any was given. */
export function fillForm(form, values) {
  let any = false;
  for (const [k, v] of Object.entries(values)) {
    const control = form.elements.namedItem(k);
    if (!control) continue;
    if (control instanceof HTMLSelectElement && ![...control.options].some(o => o.value === v)) {
      control.append(new Option(v, v));
    }
    if (control.type === 'checkbox') control.checked = v === 'true';
    else control.value = v;
    any = true;
  }
  return any;
}

/** The non-empty values of a form. */
export function formValues(form) {
  return Object.fromEntries([...new FormData(form)].filter(([, v]) => String(v).trim() !== '')
    .map(([k, v]) => [k, String(v).trim()]));
}
