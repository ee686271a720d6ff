// The one piece of the page's script that decides what to highlight: text cut at mark boundaries,
// by the API's offsets (UTF-16 code units) and never by searching the text. Plain JavaScript in a
// string, served inside /assets/review.js and evaluated on its own by the tests.
export const SEGMENTS_JS = String.raw`
/**
 * Cuts text into pieces at every mark boundary. marks: [{ start, end, ... }] with UTF-16 offsets
 * (the API's offsets, used as given: text is never searched). Returns [{ start, end, text, marks }]
 * covering the whole text in order; marks lists the marks covering that piece, in the order given.
 * Marks outside the text are clipped; empty or malformed marks are ignored.
 */
function segments(text, marks) {
  var n = text.length;
  var ok = [];
  var cuts = [0, n];
  for (var i = 0; i < (marks || []).length; i++) {
    var m = marks[i];
    if (!m || typeof m.start !== 'number' || typeof m.end !== 'number' || m.start !== m.start || m.end !== m.end) continue;
    var s = Math.max(0, Math.min(n, Math.floor(m.start)));
    var e = Math.max(0, Math.min(n, Math.floor(m.end)));
    if (e <= s) continue;
    ok.push({ s: s, e: e, mark: m });
    cuts.push(s, e);
  }
  cuts.sort(function (a, b) { return a - b; });
  var out = [];
  for (var j = 0; j + 1 < cuts.length; j++) {
    var a = cuts[j];
    var b = cuts[j + 1];
    if (b <= a) continue;
    var covering = [];
    for (var k = 0; k < ok.length; k++) if (ok[k].s <= a && ok[k].e >= b) covering.push(ok[k].mark);
    out.push({ start: a, end: b, text: text.slice(a, b), marks: covering });
  }
  return out;
}
`;
