// Lists and menus (loaded with defer; everything works without it):
// - the back office's menu (a <details>, open as served) folds on a phone and opens again on a wide screen;
// - a table cell without a data-label gets its column's header as label, for the cards a phone shows.
(function () {
  var narrow = window.matchMedia("(max-width: 48rem)");
  function fold() {
    document.querySelectorAll("details.sidenav-menu").forEach(function (menu) {
      menu.open = !narrow.matches;
    });
  }
  fold();
  if (narrow.addEventListener) {
    narrow.addEventListener("change", fold);
  }

  function label(root) {
    root.querySelectorAll("main table").forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      if (!heads.length) {
        return;
      }
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (!cell.hasAttribute("data-label") && heads[i]) {
            cell.setAttribute("data-label", heads[i]);
          }
        });
      });
    });
  }
  label(document);
  document.addEventListener("htmx:afterSettle", function () {
    label(document);
  });
})();
