/* The asiakkuus site: sorting and filtering the customers table, and the search.
   Everything works without this file; it only adds to the plain pages. */
(function () {
  "use strict";
  function norm(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setupTable(table) {
    var tbody = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    var label = table.getAttribute("data-sort-label") || "";
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", th.textContent + " – " + label);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var ca = a.cells[col], cb = b.cells[col];
          var va = ca.hasAttribute("data-v") ? ca.getAttribute("data-v") : ca.textContent;
          var vb = cb.hasAttribute("data-v") ? cb.getAttribute("data-v") : cb.textContent;
          var r;
          if (ca.hasAttribute("data-num")) {
            r = (va === "" ? -Infinity : parseFloat(va)) - (vb === "" ? -Infinity : parseFloat(vb));
            if (isNaN(r)) { r = 0; }
          } else {
            r = va.localeCompare(vb, document.documentElement.lang);
          }
          return asc ? r : -r;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  }

  function setupFilters(form, table) {
    form.hidden = false;
    var text = form.querySelector("#f-text");
    var selects = ["segment", "type", "manager"].map(function (k) {
      return [k, form.querySelector("#f-" + k)];
    });
    var stale = form.querySelector("#f-stale");
    var count = form.querySelector("#f-count");
    var params = new URLSearchParams(window.location.search);
    if (params.get("stale") === "1") { stale.checked = true; }
    selects.forEach(function (s) { if (params.get(s[0])) { s[1].value = params.get(s[0]); } });
    if (params.get("text")) { text.value = params.get("text"); }
    function apply() {
      var q = norm(text.value).trim();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var ok = (!q || norm(row.cells[0].textContent).indexOf(q) >= 0) &&
          (!stale.checked || row.getAttribute("data-stale") === "1");
        selects.forEach(function (s) {
          if (s[1].value && row.getAttribute("data-" + s[0]) !== s[1].value) { ok = false; }
        });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = (count.getAttribute("data-template") || "{n}")
        .replace("{n}", String(shown)).replace("{total}", String(table.tBodies[0].rows.length));
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  function setupSearch() {
    var list = document.getElementById("results");
    var status = document.getElementById("search-status");
    var input = document.getElementById("q");
    var index = window.ASIAKKUUS_INDEX || [];
    var q = new URLSearchParams(window.location.search).get("q") || "";
    input.value = q;
    var words = norm(q).split(/\s+/).filter(Boolean);
    if (!words.length) { return; }
    var hits = [];
    for (var i = 0; i < index.length && hits.length < 200; i++) {
      var e = index[i];
      var hay = norm(e[1] + " " + e[2]);
      if (words.every(function (w) { return hay.indexOf(w) >= 0; })) { hits.push(e); }
    }
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = (list.getAttribute("data-kind-" + e[0]) || e[0]) + ": ";
      var a = document.createElement("a");
      a.href = e[3];
      a.textContent = e[1];
      var detail = document.createElement("span");
      detail.className = "hint";
      detail.textContent = " " + e[2];
      li.appendChild(kind);
      li.appendChild(a);
      li.appendChild(detail);
      list.appendChild(li);
    });
    status.textContent = hits.length
      ? status.getAttribute("data-found").replace("{n}", String(hits.length))
      : status.getAttribute("data-none");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("customers");
    if (table) {
      setupTable(table);
      var form = document.getElementById("filters");
      if (form) { setupFilters(form, table); }
    }
    if (document.getElementById("results")) { setupSearch(); }
  });
})();
