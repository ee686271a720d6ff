// The review page's HTML: a shell that loads the script and styles from this server (no CDN, no
// inline script, so the Content-Security-Policy can forbid both). The per-server token travels in a
// meta tag; the script sends it back in a header with every POST.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function renderPage(token: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="newsanno-token" content="${escapeHtml(token)}">
<title>newsanno review</title>
<link rel="stylesheet" href="/assets/review.css">
<script src="/assets/review.js" defer></script>
</head>
<body>
<header class="top">
  <h1>newsanno review</h1>
  <nav class="tabs" role="tablist">
    <button type="button" role="tab" id="tab-events" aria-selected="true" data-tab="events">Events</button>
    <button type="button" role="tab" id="tab-proposals" aria-selected="false" data-tab="proposals">Alias proposals</button>
  </nav>
  <div id="stats" class="stats" aria-live="polite"></div>
  <label class="reviewer">Reviewer <input id="reviewer" type="text" autocomplete="off" maxlength="200" placeholder="your name"></label>
  <button type="button" id="help-button" class="link" title="Keyboard shortcuts (?)">?</button>
</header>
<div id="toast" class="toast" role="status" aria-live="polite" hidden></div>
<main>
  <section id="events-view" class="view">
    <form id="filters" class="filters">
      <label>Status <select id="f-status">
        <option value="pending" selected>pending</option>
        <option value="accepted">accepted</option>
        <option value="rejected">rejected</option>
        <option value="edited">edited</option>
        <option value="accepted,edited">accepted + edited</option>
        <option value="all">all</option>
      </select></label>
      <label>Type <select id="f-type">
        <option value="all" selected>all</option>
        <option value="departure">departure</option>
        <option value="promotion">promotion</option>
        <option value="appointment">appointment</option>
        <option value="quote">quote</option>
      </select></label>
      <label>Person <input id="f-person" type="search" autocomplete="off" placeholder="name, alias or id (/)"></label>
      <button type="submit">Filter</button>
    </form>
    <div class="panes">
      <div class="queue-pane">
        <ol id="queue" class="queue" role="listbox" aria-label="Events"></ol>
        <button type="button" id="more" class="more" hidden>Load more</button>
      </div>
      <div id="detail" class="detail" aria-live="polite"><p class="empty">Loading…</p></div>
    </div>
  </section>
  <section id="proposals-view" class="view" hidden>
    <form id="p-filters" class="filters">
      <label>Status <select id="p-status">
        <option value="proposed" selected>proposed</option>
        <option value="accepted">accepted</option>
        <option value="rejected">rejected</option>
        <option value="all">all</option>
      </select></label>
    </form>
    <div class="panes">
      <div class="queue-pane"><ol id="p-queue" class="queue" role="listbox" aria-label="Alias proposals"></ol></div>
      <div id="p-detail" class="detail" aria-live="polite"><p class="empty">Loading…</p></div>
    </div>
  </section>
</main>
<div id="help" class="help" role="dialog" aria-label="Keyboard shortcuts" hidden>
  <h2>Keyboard shortcuts</h2>
  <dl>
    <dt>j / k</dt><dd>next / previous item</dd>
    <dt>a</dt><dd>accept</dd>
    <dt>r</dt><dd>reject</dd>
    <dt>e</dt><dd>edit the event</dd>
    <dt>u</dt><dd>reset (back to pending)</dd>
    <dt>/</dt><dd>filter by person</dd>
    <dt>1 / 2</dt><dd>events / alias proposals</dd>
    <dt>Esc</dt><dd>close the edit form or this help</dd>
    <dt>?</dt><dd>show or hide this help</dd>
  </dl>
  <p>Decisions are appended to each event's history; the machine's values are never changed.</p>
  <button type="button" id="help-close">Close</button>
</div>
<noscript><p class="empty">The review page needs JavaScript. The same decisions can be made with <code>newsanno events</code>.</p></noscript>
</body>
</html>
`;
}
