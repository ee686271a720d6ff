// The review page's styles, served at /assets/review.css. System fonts only, with CJK fallbacks.
export const REVIEW_CSS = String.raw`
:root {
  --bg: #fafafa; --fg: #1d1d1f; --muted: #666; --line: #ddd; --panel: #fff; --sel: #e8f0fe; --accent: #1a73e8;
  --pending: #8a6d00; --accepted: #1e7e34; --rejected: #b3261e; --edited: #6f42c1;
  --evidence: #fff3b0; --quote: #d7f5dd; --date: #e3ecff; --mention: #f0e6ff; --current: #ffd6e0;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  font-size: 15px; color: var(--fg); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; border: 1px solid var(--line); background: var(--panel); border-radius: 4px; padding: 4px 10px; }
button:hover { border-color: var(--accent); }
button:disabled { opacity: .5; cursor: default; }
button.link { border: none; background: none; color: var(--accent); }
input, select, textarea { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 4px; }
.top { display: flex; align-items: center; gap: 16px; padding: 8px 16px; border-bottom: 1px solid var(--line); background: var(--panel); flex-wrap: wrap; }
.top h1 { font-size: 17px; margin: 0; }
.tabs button[aria-selected="true"] { background: var(--sel); border-color: var(--accent); }
.stats { color: var(--muted); font-size: 13px; flex: 1; }
.stats b { color: var(--fg); font-weight: 600; }
.reviewer input { width: 10em; }
.filters { display: flex; gap: 12px; align-items: center; padding: 8px 16px; flex-wrap: wrap; }
.panes { display: grid; grid-template-columns: minmax(300px, 38%) 1fr; gap: 12px; padding: 0 16px 16px; height: calc(100vh - 110px); }
.queue-pane { overflow-y: auto; border: 1px solid var(--line); background: var(--panel); border-radius: 4px; }
.queue { list-style: none; margin: 0; padding: 0; }
.queue li { padding: 8px 10px; border-bottom: 1px solid var(--line); cursor: pointer; }
.queue li[aria-selected="true"] { background: var(--sel); box-shadow: inset 3px 0 var(--accent); }
.queue .row1 { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.queue .who { font-weight: 600; }
.queue .what, .queue .meta { color: var(--muted); font-size: 13px; }
.queue .ev { font-size: 13px; margin-top: 4px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.more { margin: 8px; }
.detail { overflow-y: auto; border: 1px solid var(--line); background: var(--panel); border-radius: 4px; padding: 12px 16px; }
.empty { color: var(--muted); padding: 12px; }
.badge { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; }
.status-pending { color: var(--pending); } .status-accepted { color: var(--accepted); }
.status-rejected { color: var(--rejected); } .status-edited { color: var(--edited); }
.status-proposed { color: var(--pending); }
.type { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.fields { border-collapse: collapse; margin: 8px 0; width: 100%; }
.fields th { text-align: left; color: var(--muted); font-weight: normal; width: 8em; vertical-align: top; padding: 2px 8px 2px 0; }
.fields td { padding: 2px 8px 2px 0; vertical-align: top; }
.fields .machine { color: var(--muted); font-size: 13px; }
.fields .changed { color: var(--edited); }
.actions { display: flex; gap: 8px; margin: 10px 0; flex-wrap: wrap; align-items: center; }
.actions .accept { border-color: var(--accepted); color: var(--accepted); }
.actions .reject { border-color: var(--rejected); color: var(--rejected); }
.actions input { flex: 1; min-width: 10em; }
kbd { font-size: 11px; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; color: var(--muted); }
.edit { border: 1px solid var(--edited); border-radius: 4px; padding: 10px; margin: 10px 0; display: grid; grid-template-columns: 8em 1fr; gap: 6px 10px; align-items: start; }
.edit .full { grid-column: 1 / -1; }
.edit .picked { font-weight: 600; margin-right: 8px; }
.edit .hint { color: var(--muted); font-size: 12px; }
.picker-results { list-style: none; margin: 4px 0 0; padding: 0; border: 1px solid var(--line); max-height: 12em; overflow-y: auto; }
.picker-results li button { width: 100%; text-align: left; border: none; border-bottom: 1px solid var(--line); border-radius: 0; }
.article { margin-top: 14px; }
.article h3 { font-size: 15px; margin: 0 0 4px; }
.article .meta { color: var(--muted); font-size: 13px; margin-bottom: 6px; }
.article-text { white-space: pre-wrap; line-height: 1.7; border-top: 1px solid var(--line); padding-top: 8px; overflow-wrap: anywhere; }
.hl-mention { background: var(--mention); border-radius: 2px; }
.hl-person { background: var(--current); }
.hl-date { background: var(--date); }
.hl-quote { background: var(--quote); }
.hl-evidence { background: var(--evidence); box-shadow: 0 1px 0 #c9a800; }
.hl-other { text-decoration: underline dotted var(--muted); }
.legend { font-size: 12px; color: var(--muted); display: flex; gap: 10px; flex-wrap: wrap; margin: 4px 0; }
.legend span { padding: 0 4px; border-radius: 2px; }
.history { font-size: 13px; margin-top: 14px; }
.history h3 { font-size: 15px; margin: 0 0 4px; }
.history ol { margin: 0; padding-left: 1.4em; }
.history .at { color: var(--muted); }
.toast { position: fixed; bottom: 16px; right: 16px; background: #333; color: #fff; padding: 8px 14px; border-radius: 4px; max-width: 40em; z-index: 10; }
.toast.error { background: var(--rejected); }
.help { position: fixed; top: 60px; right: 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px 18px; box-shadow: 0 4px 18px rgba(0,0,0,.15); z-index: 5; }
.help dl { display: grid; grid-template-columns: 5em 1fr; gap: 4px; }
.help dt { font-family: monospace; }
.help dd { margin: 0; }
@media (max-width: 800px) { .panes { grid-template-columns: 1fr; height: auto; } .queue-pane { max-height: 40vh; } }
`;
