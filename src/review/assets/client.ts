// The review page's script, served at /assets/review.js: plain JavaScript in a string (no build
// step, no dependencies, no CDN). Every text from the database reaches the page through textContent
// or text nodes, never as HTML. The highlighting comes from segments.ts; the token from the page's
// meta tag goes back in the X-Newsanno-Token header of every POST.
import { SEGMENTS_JS } from './segments.js';

const APP_JS = String.raw`
var TOKEN_META = document.querySelector('meta[name="newsanno-token"]');
var TOKEN = TOKEN_META ? TOKEN_META.getAttribute('content') || '' : '';
var TYPES = ['departure', 'promotion', 'appointment', 'quote'];
var PAGE = 50;
var DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

var state = {
  tab: 'events',
  events: [],
  sel: -1,
  offset: 0,
  hasMore: false,
  loading: false,
  filter: { status: 'pending', type: 'all', person: '' },
  articles: {},
  editing: false,
  busy: false,
  proposals: [],
  psel: -1,
  pstatus: 'proposed',
  proposalsLoaded: false
};

function $(id) { return document.getElementById(id); }

/** Builds an element. Text always goes in as text nodes: nothing is ever parsed as HTML. */
function h(tag, props) {
  var el = document.createElement(tag);
  if (props) {
    for (var k in props) {
      if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
      var v = props[k];
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') el.textContent = String(v);
      else if (k === 'className') el.className = v;
      else if (k === 'value') el.setAttribute('value', String(v));
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
  return el;
}
function add(el, c) {
  if (c === null || c === undefined || c === false || c === '') return;
  if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) add(el, c[i]); return; }
  el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
}
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

function qs(params) {
  var parts = [];
  for (var k in params) {
    var v = params[k];
    if (v === undefined || v === null || v === '') continue;
    parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(String(v)));
  }
  return parts.length ? '?' + parts.join('&') : '';
}

function api(method, path, body) {
  var opts = { method: method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.headers['X-Newsanno-Token'] = TOKEN;
    opts.body = JSON.stringify(body);
  }
  return fetch(path, opts).then(function (r) {
    return r.text().then(function (t) {
      var data = null;
      try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
      if (!r.ok) {
        var err = new Error((data && data.error) || 'HTTP ' + r.status);
        err.hint = data && data.hint;
        err.status = r.status;
        throw err;
      }
      return data;
    });
  });
}

var toastTimer = null;
function toast(msg, isError) {
  var t = $('toast');
  t.textContent = msg;
  t.className = 'toast' + (isError ? ' error' : '');
  t.hidden = false;
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = setTimeout(function () { t.hidden = true; }, isError ? 8000 : 2500);
}
function fail(err) { toast((err && err.message ? err.message : String(err)) + (err && err.hint ? ' — ' + err.hint : ''), true); }

function reviewerName() {
  var v = $('reviewer').value.trim();
  return v || null;
}

// ---- stats ----

function loadStats() {
  return api('GET', '/api/stats').then(function (s) {
    var el = $('stats');
    clear(el);
    var parts = [];
    ['pending', 'accepted', 'edited', 'rejected'].forEach(function (k) { parts.push([h('b', { text: s.eventsByStatus[k] }), ' ' + k]); });
    parts.push([h('b', { text: s.proposalsByStatus.proposed }), ' proposals open']);
    parts.push([h('b', { text: s.articles }), ' articles']);
    parts.forEach(function (p, i) { if (i) add(el, ' · '); add(el, p); });
  }).catch(fail);
}

// ---- formatting ----

function roleLabel(role) {
  if (!role) return '';
  return role.en && role.en !== role.text ? role.text + ' (' + role.en + ')' : role.text;
}
function refLabel(ref) { return ref ? ref.name + ' (' + ref.id + ')' : '—'; }
function fieldLabel(field, v) {
  if (field === 'person' || field === 'org') return refLabel(v);
  if (field === 'role') return v ? roleLabel(v) : '—';
  return v === null || v === undefined || v === '' ? '—' : String(v);
}
function sameValue(a, b) { return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b); }
function when(iso) {
  var d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toLocaleString();
}
function describeChanges(c) {
  if (!c) return '';
  return Object.keys(c).map(function (k) {
    var v = c[k];
    if (v === null) return k + ' → none';
    if (k === 'role') return 'role → ' + roleLabel(v);
    return k + ' → ' + String(v);
  }).join(', ');
}

// ---- the article, highlighted by offsets ----

function loadArticle(id) {
  if (state.articles[id]) return Promise.resolve(state.articles[id]);
  return api('GET', '/api/articles/' + encodeURIComponent(id)).then(function (a) {
    state.articles[id] = a;
    return a;
  });
}

function mentionMarks(data, personId) {
  var marks = [];
  data.entities.forEach(function (en) {
    en.mentions.forEach(function (m) {
      marks.push({ start: m.start, end: m.end, cls: en.id === personId ? 'hl-person' : 'hl-mention', title: en.name + (en.type === 'org' ? ' (organisation)' : '') + (en.resolved ? '' : ', not in the dictionary') });
    });
  });
  return marks;
}

function eventMarks(ev, data) {
  var marks = mentionMarks(data, ev.person.id);
  if (ev.dateSpan) marks.push({ start: ev.dateSpan.start, end: ev.dateSpan.end, cls: 'hl-date', title: 'date: ' + (ev.machine.date || '?') });
  if (ev.quote) marks.push({ start: ev.quote.start, end: ev.quote.end, cls: 'hl-quote', title: 'quote' });
  marks.push({ start: ev.evidence.start, end: ev.evidence.end, cls: 'hl-evidence', title: 'evidence' });
  (ev.moreEvidence || []).forEach(function (s) { marks.push({ start: s.start, end: s.end, cls: 'hl-evidence', title: 'more evidence' }); });
  return marks;
}

/** The text (or its part from offset from to offset to) with each marked piece in a span. */
function renderMarked(text, marks, className, from, to) {
  var box = h('div', { className: className });
  var lo = from === undefined ? 0 : from;
  var hi = to === undefined ? text.length : to;
  var pieces = segments(text, marks.concat([{ start: lo, end: hi, cls: '', title: '' }]));
  pieces.forEach(function (p) {
    if (p.start < lo || p.end > hi) return;
    var classes = [];
    var titles = [];
    p.marks.forEach(function (m) {
      if (m.cls && classes.indexOf(m.cls) < 0) classes.push(m.cls);
      if (m.title && titles.indexOf(m.title) < 0) titles.push(m.title);
    });
    if (!classes.length) { box.appendChild(document.createTextNode(p.text)); return; }
    box.appendChild(h('span', { className: classes.join(' '), title: titles.join('; ') || null, 'data-start': p.start }, p.text));
  });
  return box;
}

function legend() {
  return h('div', { className: 'legend' },
    h('span', { className: 'hl-evidence', text: 'evidence' }),
    h('span', { className: 'hl-person', text: 'this person' }),
    h('span', { className: 'hl-mention', text: 'other names' }),
    h('span', { className: 'hl-quote', text: 'quote' }),
    h('span', { className: 'hl-date', text: 'date' }));
}

function renderArticle(slot, data, marks, focus) {
  clear(slot);
  var a = data.article;
  var box = renderMarked(a.text, marks, 'article-text');
  box.setAttribute('lang', a.lang);
  add(slot, [
    h('h3', { text: a.title || a.source }),
    h('div', { className: 'meta' }, [a.source, a.lang, a.publishedAt ? 'published ' + a.publishedAt : null, a.url].filter(Boolean).join(' · ')),
    legend(),
    box
  ]);
  // Bring the evidence into view inside the article box (not the whole page).
  var first = focus === undefined ? null : box.querySelector('[data-start="' + focus + '"]');
  if (first && typeof box.scrollTo === 'function') {
    var top = first.offsetTop - box.offsetTop - box.clientHeight / 3;
    box.scrollTop = Math.max(0, top);
  }
}

// ---- the event queue ----

function current() { return state.events[state.sel] || null; }

function queueItem(ev, i) {
  return h('li', { role: 'option', 'aria-selected': i === state.sel ? 'true' : 'false', 'data-id': ev.id, onclick: function () { select(i); } },
    h('div', { className: 'row1' },
      h('span', { className: 'badge status-' + ev.status, text: ev.status }),
      h('span', { className: 'type', text: ev.type }),
      h('span', { className: 'who', text: ev.person.name }),
      ev.org ? h('span', { className: 'what', text: '@ ' + ev.org.name }) : null),
    h('div', { className: 'what', text: [roleLabel(ev.role), ev.date].filter(Boolean).join(' · ') || null }),
    h('div', { className: 'meta', text: 'confidence ' + Number(ev.confidence).toFixed(2) + ' · ' + ev.rule + (ev.edited.length ? ' · edited: ' + ev.edited.join(', ') : '') + (ev.dropped ? ' · no longer extracted' : '') }),
    h('div', { className: 'ev', text: ev.evidence.text }));
}

function renderQueue() {
  var q = $('queue');
  clear(q);
  state.events.forEach(function (ev, i) { q.appendChild(queueItem(ev, i)); });
  if (!state.events.length) q.appendChild(h('li', { className: 'empty', text: 'No events match these filters.' }));
  $('more').hidden = !state.hasMore;
}

function replaceQueueItem(i) {
  var q = $('queue');
  var old = q.children[i];
  if (old) q.replaceChild(queueItem(state.events[i], i), old);
}

function markSelected(listId, index) {
  var items = $(listId).children;
  for (var i = 0; i < items.length; i++) items[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
  var el = items[index];
  if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
}

function loadEvents(more) {
  if (state.loading) return Promise.resolve();
  state.loading = true;
  var offset = more ? state.offset : 0;
  var f = state.filter;
  return api('GET', '/api/events' + qs({ status: f.status, type: f.type, person: f.person, limit: PAGE, offset: offset }))
    .then(function (data) {
      if (more) state.events = state.events.concat(data.events);
      else {
        state.events = data.events;
        state.sel = data.events.length ? 0 : -1;
      }
      state.offset = offset + data.events.length;
      state.hasMore = data.hasMore;
      renderQueue();
      if (!more) renderDetail();
    })
    .catch(fail)
    .then(function () { state.loading = false; });
}

function select(i) {
  if (i < 0 || i >= state.events.length) return;
  state.sel = i;
  markSelected('queue', i);
  renderDetail();
}

function move(d) {
  var next = state.sel + d;
  if (next >= state.events.length && state.hasMore) {
    loadEvents(true).then(function () { select(Math.min(next, state.events.length - 1)); });
    return;
  }
  select(Math.max(0, Math.min(state.events.length - 1, next)));
}

var FIELDS = ['type', 'person', 'org', 'role', 'date'];

function renderDetail() {
  var d = $('detail');
  clear(d);
  state.editing = false;
  var ev = current();
  if (!ev) {
    d.appendChild(h('p', { className: 'empty', text: state.events.length ? 'Select an event.' : 'No events match these filters.' }));
    return;
  }
  var rows = FIELDS.map(function (f) {
    var edited = ev.edited.indexOf(f) >= 0;
    var differs = !sameValue(ev[f], ev.machine[f]);
    return h('tr', null,
      h('th', { text: f }),
      h('td', { className: edited ? 'changed' : null, 'data-field': f }, fieldLabel(f, ev[f]),
        differs ? h('div', { className: 'machine', text: 'machine: ' + fieldLabel(f, ev.machine[f]) }) : null));
  });
  if (ev.dateSpan) rows.push(h('tr', null, h('th', { text: 'date text' }), h('td', { text: ev.dateSpan.text })));
  if (ev.quote) rows.push(h('tr', null, h('th', { text: 'quote' }), h('td', { text: ev.quote.text })));
  rows.push(h('tr', null, h('th', { text: 'confidence' }), h('td', { text: Number(ev.confidence).toFixed(2) })));
  rows.push(h('tr', null, h('th', { text: 'rule' }), h('td', { text: ev.rule + ' (rules ' + ev.rulesVersion + ', dictionary ' + ev.dictionaryVersion + ')' })));
  rows.push(h('tr', null, h('th', { text: 'id' }), h('td', { text: ev.id })));
  var evidenceSlot = h('div', { className: 'evidence' }, h('div', { className: 'ev', text: ev.evidence.text }));
  var articleSlot = h('div', { className: 'article' }, h('p', { className: 'empty', text: 'Loading the article…' }));
  var historySlot = h('div', { className: 'history' });
  add(d, [
    h('div', { className: 'row1' },
      h('span', { className: 'badge status-' + ev.status, id: 'detail-status', text: ev.status }), ' ',
      h('span', { className: 'type', text: ev.type }), ' ',
      h('strong', { text: ev.person.name }),
      ev.dropped ? h('span', { className: 'machine', text: ' · the latest run no longer extracts this event' }) : null),
    h('table', { className: 'fields' }, h('tbody', null, rows)),
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'accept', id: 'do-accept', onclick: function () { review('accept'); } }, 'Accept ', h('kbd', { text: 'a' })),
      h('button', { type: 'button', className: 'reject', id: 'do-reject', onclick: function () { review('reject'); } }, 'Reject ', h('kbd', { text: 'r' })),
      h('button', { type: 'button', id: 'do-edit', onclick: function () { openEdit(); } }, 'Edit ', h('kbd', { text: 'e' })),
      h('button', { type: 'button', id: 'do-reset', onclick: function () { review('reset'); } }, 'Reset ', h('kbd', { text: 'u' })),
      h('input', { type: 'text', id: 'note', maxlength: '2000', placeholder: 'note for the history (optional)' })),
    h('div', { id: 'edit-slot' }),
    h('h3', { text: 'Evidence' }),
    evidenceSlot,
    articleSlot,
    historySlot
  ]);
  var id = ev.id;
  loadArticle(ev.articleId).then(function (data) {
    if (!current() || current().id !== id) return;
    var marks = eventMarks(ev, data);
    clear(evidenceSlot);
    var sentence = renderMarked(data.article.text, marks, 'ev', ev.evidence.start, ev.evidence.end);
    sentence.setAttribute('lang', data.article.lang);
    evidenceSlot.appendChild(sentence);
    renderArticle(articleSlot, data, marks, ev.evidence.start);
  }).catch(function (err) {
    clear(articleSlot);
    articleSlot.appendChild(h('p', { className: 'empty', text: 'Could not load the article: ' + err.message }));
  });
  loadHistory(id, historySlot);
}

function loadHistory(id, slot) {
  return api('GET', '/api/events/' + encodeURIComponent(id)).then(function (data) {
    if (!current() || current().id !== id) return;
    clear(slot);
    slot.appendChild(h('h3', { text: 'History' }));
    if (!data.history.length) {
      slot.appendChild(h('p', { className: 'empty', text: 'No reviews yet: these are the machine\u2019s values.' }));
      return;
    }
    slot.appendChild(h('ol', null, data.history.map(function (r) {
      return h('li', null,
        h('span', { className: 'at', text: when(r.at) }), ' ',
        h('b', { text: r.action }),
        r.changes ? ' ' + describeChanges(r.changes) : null,
        r.reviewer ? ' by ' + r.reviewer : null,
        r.note ? ' \u2014 ' + r.note : null);
    })));
  }).catch(fail);
}

function review(action, changes) {
  var ev = current();
  if (!ev || state.busy) return Promise.resolve();
  var body = { action: action };
  if (changes) body.changes = changes;
  var who = reviewerName();
  if (who) body.reviewer = who;
  var note = $('note');
  if (note && note.value.trim()) body.note = note.value.trim();
  state.busy = true;
  var idx = state.sel;
  return api('POST', '/api/events/' + encodeURIComponent(ev.id) + '/review', body)
    .then(function (updated) {
      state.events[idx] = updated;
      replaceQueueItem(idx);
      toast(updated.person.name + ': ' + updated.status);
      loadStats();
      var advance = (action === 'accept' || action === 'reject') && idx === state.sel;
      if (advance && idx + 1 < state.events.length) select(idx + 1);
      else if (advance && state.hasMore) move(1);
      else if (idx === state.sel) renderDetail();
    })
    .catch(fail)
    .then(function () { state.busy = false; });
}

// ---- editing ----

function picker(type, chosen0, allowNone) {
  var chosen = chosen0 ? { id: chosen0.id, name: chosen0.name } : null;
  var label = h('span', { className: 'picked' });
  var input = h('input', { type: 'search', autocomplete: 'off', id: 'e-' + type + '-search', placeholder: 'search ' + (type === 'org' ? 'organisations' : 'people') + ' by name, alias or id' });
  var results = h('ul', { className: 'picker-results', hidden: true });
  var timer = null;
  var seq = 0;
  function show() { label.textContent = chosen ? chosen.name + ' (' + chosen.id + ')' : 'none'; }
  function pick(en) {
    chosen = { id: en.id, name: en.name };
    show();
    results.hidden = true;
    clear(results);
    input.value = '';
  }
  input.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    var q = input.value.trim();
    if (!q) { results.hidden = true; clear(results); return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      api('GET', '/api/entities' + qs({ q: q, type: type, limit: 10 })).then(function (data) {
        if (mine !== seq) return;
        clear(results);
        data.entities.forEach(function (en) {
          var label2 = en.name + (en.names.zh && en.names.zh !== en.name ? ' \u00b7 ' + en.names.zh : '') + ' \u00b7 ' + en.id + (en.resolved ? '' : ' (not in the dictionary)');
          results.appendChild(h('li', null, h('button', { type: 'button', 'data-entity': en.id, onclick: function () { pick(en); } }, label2)));
        });
        if (!data.entities.length) results.appendChild(h('li', { className: 'hint', text: 'no match' }));
        results.hidden = false;
      }).catch(fail);
    }, 200);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    var first = results.querySelector('button');
    if (first) first.click();
  });
  show();
  var none = allowNone ? h('button', { type: 'button', className: 'link', title: 'the article does not say', onclick: function () { chosen = null; show(); } }, 'set to none') : null;
  return { el: h('div', null, label, none, h('div', null, input), results), value: function () { return chosen; } };
}

function closeEdit() {
  state.editing = false;
  var slot = $('edit-slot');
  if (slot) clear(slot);
}

function openEdit() {
  var ev = current();
  if (!ev) return;
  if (state.editing) { var t = $('e-type'); if (t) t.focus(); return; }
  state.editing = true;
  var slot = $('edit-slot');
  clear(slot);
  var typeSel = h('select', { id: 'e-type' }, TYPES.map(function (t) { return h('option', { value: t, text: t, selected: t === ev.type }); }));
  var person = picker('person', ev.person, false);
  var org = picker('org', ev.org, true);
  var roleText = h('input', { type: 'text', id: 'e-role', maxlength: '200', value: ev.role ? ev.role.text : '', placeholder: 'as the article writes it; empty: no role' });
  var roleEn = h('input', { type: 'text', id: 'e-role-en', maxlength: '200', value: ev.role && ev.role.en ? ev.role.en : '', placeholder: 'English title' });
  function suggest(quiet) {
    var t = roleText.value.trim();
    if (!t) return;
    api('GET', '/api/roles/translate' + qs({ text: t })).then(function (r) {
      if (r.en) roleEn.value = r.en;
      else if (!quiet) toast('No English title known for ' + t, true);
    }).catch(fail);
  }
  roleText.addEventListener('change', function () { if (!roleEn.value.trim()) suggest(true); });
  var date = h('input', { type: 'text', id: 'e-date', maxlength: '10', value: ev.date || '', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD; empty: none' });

  function submit() {
    var changes = {};
    if (typeSel.value !== ev.type) changes.type = typeSel.value;
    var p = person.value();
    if (p && p.id !== ev.person.id) changes.person = p.id;
    var o = org.value();
    var newOrg = o ? o.id : null;
    if (newOrg !== (ev.org ? ev.org.id : null)) changes.org = newOrg;
    var rt = roleText.value.trim();
    var re = roleEn.value.trim();
    if (!rt && re) { toast('Give the role as the article writes it; the English title alone is not enough.', true); return; }
    var newRole = rt ? { text: rt, en: re || null } : null;
    if (!sameValue(newRole, ev.role ? { text: ev.role.text, en: ev.role.en } : null)) changes.role = newRole;
    var dt = date.value.trim();
    if (dt && !DATE_RE.test(dt)) { toast('The date must be YYYY, YYYY-MM or YYYY-MM-DD.', true); return; }
    var newDate = dt || null;
    if (newDate !== (ev.date || null)) changes.date = newDate;
    if (!Object.keys(changes).length) { toast('Nothing changed.', true); return; }
    review('edit', changes);
  }

  var form = h('form', { className: 'edit', id: 'edit-form', onsubmit: function (e) { e.preventDefault(); submit(); } },
    h('label', { for: 'e-type', text: 'Type' }), typeSel,
    h('span', { text: 'Person' }), person.el,
    h('span', { text: 'Organisation' }), org.el,
    h('label', { for: 'e-role', text: 'Role' }), roleText,
    h('label', { for: 'e-role-en', text: 'Role (English)' }), h('div', null, roleEn, ' ', h('button', { type: 'button', onclick: function () { suggest(false); } }, 'Suggest')),
    h('label', { for: 'e-date', text: 'Date' }), date,
    h('div', { className: 'full actions' },
      h('button', { type: 'submit', id: 'e-save' }, 'Save edit'),
      h('button', { type: 'button', onclick: closeEdit }, 'Cancel ', h('kbd', { text: 'Esc' })),
      h('span', { className: 'hint', text: 'Only changed fields are recorded; the machine values are kept.' })));
  slot.appendChild(form);
  typeSel.focus();
}

// ---- alias proposals ----

function currentProposal() { return state.proposals[state.psel] || null; }

function proposalItem(p, i) {
  return h('li', { role: 'option', 'aria-selected': i === state.psel ? 'true' : 'false', 'data-id': String(p.id), onclick: function () { selectProposal(i); } },
    h('div', { className: 'row1' },
      h('span', { className: 'badge status-' + p.status, text: p.status }),
      h('span', { className: 'who', text: p.alias }),
      h('span', { className: 'what', text: '\u2192 ' + p.entityName + ' (' + p.entityId + ')' })),
    h('div', { className: 'meta', text: p.lang + ' · ' + p.method + ' · score ' + Number(p.score).toFixed(2) + ' · seen in ' + p.count + ' article' + (p.count === 1 ? '' : 's') }),
    h('div', { className: 'ev', text: p.evidence.text }));
}

function renderProposals() {
  var q = $('p-queue');
  clear(q);
  state.proposals.forEach(function (p, i) { q.appendChild(proposalItem(p, i)); });
  if (!state.proposals.length) q.appendChild(h('li', { className: 'empty', text: 'No alias proposals with this status.' }));
  renderProposalDetail();
}

function loadProposals() {
  return api('GET', '/api/proposals' + qs({ status: state.pstatus })).then(function (data) {
    state.proposals = data.proposals;
    state.psel = data.proposals.length ? 0 : -1;
    state.proposalsLoaded = true;
    renderProposals();
  }).catch(fail);
}

function selectProposal(i) {
  if (i < 0 || i >= state.proposals.length) return;
  state.psel = i;
  markSelected('p-queue', i);
  renderProposalDetail();
}

function renderProposalDetail() {
  var d = $('p-detail');
  clear(d);
  var p = currentProposal();
  if (!p) { d.appendChild(h('p', { className: 'empty', text: 'No alias proposal selected.' })); return; }
  var articleSlot = h('div', { className: 'article' }, h('p', { className: 'empty', text: 'Loading the article…' }));
  add(d, [
    h('div', { className: 'row1' }, h('span', { className: 'badge status-' + p.status, text: p.status }), ' ', h('strong', { text: p.alias }), ' \u2192 ', h('strong', { text: p.entityName })),
    h('table', { className: 'fields' }, h('tbody', null,
      h('tr', null, h('th', { text: 'alias' }), h('td', { text: p.alias + ' (' + p.lang + ')' })),
      h('tr', null, h('th', { text: 'entity' }), h('td', { text: p.entityName + ' (' + p.entityId + ')' })),
      h('tr', null, h('th', { text: 'method' }), h('td', { text: p.method })),
      h('tr', null, h('th', { text: 'score' }), h('td', { text: Number(p.score).toFixed(2) })),
      h('tr', null, h('th', { text: 'articles' }), h('td', { text: String(p.count) })),
      p.decidedAt ? h('tr', null, h('th', { text: 'decided' }), h('td', { text: when(p.decidedAt) })) : null)),
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'accept', id: 'p-accept', onclick: function () { decide('accepted'); } }, 'Accept alias ', h('kbd', { text: 'a' })),
      h('button', { type: 'button', className: 'reject', id: 'p-reject', onclick: function () { decide('rejected'); } }, 'Reject ', h('kbd', { text: 'r' }))),
    h('h3', { text: 'Evidence' }),
    articleSlot
  ]);
  var id = p.id;
  loadArticle(p.articleId).then(function (data) {
    if (!currentProposal() || currentProposal().id !== id) return;
    var marks = mentionMarks(data, p.entityId);
    marks.push({ start: p.evidence.start, end: p.evidence.end, cls: 'hl-evidence', title: 'evidence' });
    renderArticle(articleSlot, data, marks, p.evidence.start);
  }).catch(function (err) {
    clear(articleSlot);
    articleSlot.appendChild(h('p', { className: 'empty', text: 'Could not load the article: ' + err.message }));
  });
}

function decide(decision) {
  var p = currentProposal();
  if (!p || state.busy) return Promise.resolve();
  state.busy = true;
  var idx = state.psel;
  return api('POST', '/api/proposals/' + encodeURIComponent(String(p.id)), { decision: decision })
    .then(function (updated) {
      state.proposals[idx] = updated;
      var q = $('p-queue');
      if (q.children[idx]) q.replaceChild(proposalItem(updated, idx), q.children[idx]);
      toast(updated.alias + ' \u2192 ' + updated.entityName + ': ' + updated.status);
      loadStats();
      if (idx === state.psel && idx + 1 < state.proposals.length) selectProposal(idx + 1);
      else if (idx === state.psel) renderProposalDetail();
    })
    .catch(fail)
    .then(function () { state.busy = false; });
}

// ---- tabs, help, keys ----

function setTab(name) {
  state.tab = name;
  $('events-view').hidden = name !== 'events';
  $('proposals-view').hidden = name !== 'proposals';
  $('tab-events').setAttribute('aria-selected', name === 'events' ? 'true' : 'false');
  $('tab-proposals').setAttribute('aria-selected', name === 'proposals' ? 'true' : 'false');
  if (name === 'proposals' && !state.proposalsLoaded) loadProposals();
}

function toggleHelp(show) {
  var el = $('help');
  el.hidden = show === undefined ? !el.hidden : !show;
}

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  var t = e.target;
  var typing = !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable === true);
  if (e.key === 'Escape') {
    if (!$('help').hidden) toggleHelp(false);
    else if (state.editing) closeEdit();
    else if (typing && typeof t.blur === 'function') t.blur();
    return;
  }
  if (typing) return;
  var k = e.key;
  // A held key must not decide a run of events.
  if (e.repeat && (k === 'a' || k === 'r' || k === 'u')) return;
  var handled = true;
  if (k === '?') toggleHelp();
  else if (k === '1') setTab('events');
  else if (k === '2') setTab('proposals');
  else if (state.tab === 'events') {
    if (k === 'j') move(1);
    else if (k === 'k') move(-1);
    else if (k === 'a') review('accept');
    else if (k === 'r') review('reject');
    else if (k === 'e') openEdit();
    else if (k === 'u') review('reset');
    else if (k === '/') $('f-person').focus();
    else handled = false;
  } else {
    if (k === 'j') selectProposal(Math.min(state.proposals.length - 1, state.psel + 1));
    else if (k === 'k') selectProposal(Math.max(0, state.psel - 1));
    else if (k === 'a') decide('accepted');
    else if (k === 'r') decide('rejected');
    else handled = false;
  }
  if (handled) e.preventDefault();
}

function init() {
  var rev = $('reviewer');
  try { rev.value = window.localStorage.getItem('newsanno.reviewer') || ''; } catch (e) { /* storage may be unavailable */ }
  rev.addEventListener('change', function () {
    try { window.localStorage.setItem('newsanno.reviewer', rev.value.trim()); } catch (e) { /* ignore */ }
  });
  function applyFilters() {
    state.filter = { status: $('f-status').value, type: $('f-type').value, person: $('f-person').value.trim() };
    loadEvents(false);
  }
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); applyFilters(); });
  $('f-status').addEventListener('change', applyFilters);
  $('f-type').addEventListener('change', applyFilters);
  $('p-filters').addEventListener('submit', function (e) { e.preventDefault(); });
  $('p-status').addEventListener('change', function () { state.pstatus = $('p-status').value; loadProposals(); });
  $('more').addEventListener('click', function () { loadEvents(true); });
  $('tab-events').addEventListener('click', function () { setTab('events'); });
  $('tab-proposals').addEventListener('click', function () { setTab('proposals'); });
  $('help-button').addEventListener('click', function () { toggleHelp(); });
  $('help-close').addEventListener('click', function () { toggleHelp(false); });
  document.addEventListener('keydown', onKey);
  loadStats();
  loadEvents(false);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
`;

export const REVIEW_JS = `(function () {\n'use strict';\n${SEGMENTS_JS}\n${APP_JS}\n})();\n`;
