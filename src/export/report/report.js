"use strict";
(function () {
  var table = document.getElementById("docs");
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var shown = document.getElementById("shown");
  function cell(row, i) { return row.cells[i] ? row.cells[i].textContent.trim() : ""; }
  function sortBy(i, numeric, dir) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cell(a, i), y = cell(b, i);
      if (x === "" && y !== "") return 1;
      if (y === "" && x !== "") return -1;
      var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, "de", { numeric: true });
      return dir * c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener("click", function () {
      var dir = th.classList.contains("asc") ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(dir === 1 ? "asc" : "desc");
      sortBy(i, th.getAttribute("data-type") === "num", dir);
    });
  });
  var filter = document.getElementById("filter");
  function applyFilter() {
    var q = filter.value.toLowerCase(), n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var hit = q === "" || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.style.display = hit ? "" : "none";
      if (hit) n += 1;
    });
    shown.textContent = n + " von " + body.rows.length + " angezeigt";
  }
  filter.addEventListener("input", applyFilter);
  applyFilter();
  document.body.setAttribute("data-ready", "1");
})();
