"""The review page's stylesheet and script, kept as constants so the package needs no data files.

The page allows exactly these two blocks through its Content-Security-Policy (by hash), so even
a markup mistake elsewhere could not run a script or load anything from the network.
"""
from __future__ import annotations

import base64
import hashlib

LABEL_COLOURS = {
    "CALCIPHYLAXIS": "#f4a6a0",
    "LESION": "#c9b3e0",
    "SITE": "#a9cbe8",
    "TRAUMA": "#f9c58f",
    "TIMEX": "#b9e3b0",
    "RISK": "#f3e27a",  # risk-factor evidence (why diabetes = yes)
    "OTHER": "#dddddd",
}

_LABEL_RULES = "\n".join(
    f".m-{label}{{background:{colour}}}" for label, colour in LABEL_COLOURS.items()
)

CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header.page{padding:.8em 1.2em;background:#23395b;color:#fff}
header.page h1{margin:0 0 .2em;font-size:1.3em}
header.page p{margin:.1em 0}
.banner{background:#fff3cd;color:#664d03;padding:.4em 1.2em;border-bottom:1px solid #e0c36c}
.notice{background:#eef;padding:.3em 1.2em;margin:0;border-bottom:1px solid #ccd}
.legend{padding:.5em 1.2em;background:#fff;border-bottom:1px solid #ddd}
.legend .m{margin-right:.4em}
main{display:grid;grid-template-columns:minmax(340px,46%) 1fr;gap:0;min-height:80vh}
#worklist{font-size:13px}
@media (max-width:900px){main{grid-template-columns:1fr}}
#worklist-pane{border-right:1px solid #ddd;background:#fff;overflow:auto;max-height:calc(100vh - 140px)}
.filters{display:flex;flex-wrap:wrap;gap:.6em;padding:.6em;position:sticky;top:0;background:#f0f2f5;\
  border-bottom:1px solid #ddd}
.filters label{display:flex;flex-direction:column;font-size:.85em;color:#444}
#visible-count{align-self:flex-end;font-size:.85em;color:#444}
table{border-collapse:collapse;width:100%}
th,td{padding:.3em .45em;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}
th{background:#f7f7f7;font-weight:600}
th button{font:inherit;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
#worklist tbody tr{cursor:pointer}
#worklist tbody tr:hover{background:#f2f6fb}
#worklist tbody tr.selected{background:#dbe8f7}
#worklist tbody tr:focus{outline:2px solid #23395b;outline-offset:-2px}
.status{display:inline-block;padding:0 .45em;border-radius:.7em;font-size:.85em;border:1px solid #bbb}
.status-yes{background:#d6f0d6;border-color:#7bbf7b}
.status-possible{background:#fff0c2;border-color:#d8b44a}
.status-no{background:#eee}
#detail-pane{padding:.8em 1.2em;overflow:auto;max-height:calc(100vh - 140px)}
.patient h2{margin-top:0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:0 0 1em}
dl.facts dt{color:#555}
dl.facts dd{margin:0}
article.note{background:#fff;border:1px solid #ddd;border-radius:4px;margin:0 0 1em;padding:.5em .8em}
article.note h4{margin:.1em 0 .4em;font-size:1em}
.note-text{white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;line-height:1.6}
.m{padding:0 1px;border-radius:2px;color:inherit}
.m .m{padding:0}
.m.is-negated{background:#e4e4e4;color:#777;text-decoration:line-through;text-decoration-thickness:2px}
.m.is-uncertain{border-bottom:2px dashed #555}
.m.is-hypothetical{outline:1px dotted #555}
.m.is-historical{font-style:italic}
.m.is-family{border-bottom:3px double #555}
.m:target,tr:target{box-shadow:0 0 0 3px #23395b}
.linked-yes{color:#126b12;font-weight:600}
.linked-no{color:#8a1c1c}
.muted{color:#777}
.warning{color:#8a1c1c}
table.links td.reason{min-width:12em}
td.pair-ids{font-size:.85em;word-break:break-all}
#detail-pane{min-width:0}
svg.timeline{background:#fff;border:1px solid #ddd;max-width:100%;height:auto}
svg.timeline text{font-size:11px;fill:#444}
details summary{cursor:pointer;color:#23395b}
""" + _LABEL_RULES + "\n"

JS = """
(function () {
  "use strict";
  var table = document.getElementById("worklist");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var byCalci = document.getElementById("filter-calciphylaxis");
  var byKoebner = document.getElementById("filter-koebner");
  var bySearch = document.getElementById("filter-search");
  var byTrauma = document.getElementById("filter-trauma");
  var bySite = document.getElementById("filter-site");
  var byText = document.getElementById("filter-text");
  var count = document.getElementById("visible-count");
  var texts = {};  /* patient section id -> its notes' text, lower case, read once */
  rows.forEach(function (row) {
    var section = document.getElementById(row.dataset.target);
    texts[row.dataset.target] = Array.prototype.map.call(
      section ? section.querySelectorAll(".note-text") : [],
      function (n) { return n.textContent.toLowerCase(); }).join("\\n");
  });

  function has(list, value) { return value === "all" || list.split(";").indexOf(value) !== -1; }

  function applyFilters() {
    var c = byCalci.value, k = byKoebner.value, s = bySearch.value.trim().toLowerCase(), shown = 0;
    var t = byTrauma.value, r = bySite.value;
    var words = byText ? byText.value.trim().toLowerCase().split(/\\s+/).filter(Boolean) : [];
    rows.forEach(function (row) {
      var text = texts[row.dataset.target];
      var show = (c === "all" || row.dataset.calciphylaxis === c) &&
        (k === "all" || row.dataset.koebner === k) &&
        has(row.dataset.traumaTypes, t) && has(row.dataset.regions, r) &&
        words.every(function (w) { return text.indexOf(w) !== -1; }) &&
        (s === "" || row.dataset.patient.toLowerCase().indexOf(s) !== -1);
      row.hidden = !show;
      if (show) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " patients shown";
  }

  function sortValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    if (!numeric) { return raw.trim(); }
    var value = parseFloat(raw);
    return isNaN(value) ? null : value;
  }

  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, index) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      var numeric = th.dataset.type === "number";
      rows.sort(function (a, b) {
        var x = sortValue(a, index, numeric), y = sortValue(b, index, numeric);
        if (numeric) {
          if (x === null && y === null) { return 0; }
          if (x === null) { return 1; }  /* unknown values last, whatever the direction */
          if (y === null) { return -1; }
          return (x - y) * direction;
        }
        return x.localeCompare(y, undefined, {numeric: true}) * direction;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  function select(row) {
    rows.forEach(function (r) {
      r.classList.toggle("selected", r === row);
      r.setAttribute("aria-selected", r === row ? "true" : "false");
    });
    Array.prototype.forEach.call(document.querySelectorAll("section.patient"), function (s) {
      s.hidden = s.id !== row.dataset.target;
    });
  }

  rows.forEach(function (row) {
    row.addEventListener("click", function () { select(row); });
    row.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(row); }
    });
  });
  byCalci.addEventListener("change", applyFilters);
  byKoebner.addEventListener("change", applyFilters);
  bySearch.addEventListener("input", applyFilters);
  byTrauma.addEventListener("change", applyFilters);
  bySite.addEventListener("change", applyFilters);
  if (byText) { byText.addEventListener("input", applyFilters); }
  applyFilters();
  if (rows.length) { select(rows[0]); }
})();
"""


def _csp_hash(source: str) -> str:
    """The CSP source expression (``'sha256-...'``) that allows exactly the inline ``source``."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    """The page's CSP: no network, only its own inline style and script (by hash) and data: images."""
    # No network at all: nothing but the page's own style and script, and data: images.
    return (f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; "
            "img-src data:; base-uri 'none'; form-action 'none'")
