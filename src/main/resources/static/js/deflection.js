// The article picker of a request's composer (templates/knowledge/deflection.html :: picker): shows the search field
// (htmx fetches the matching articles), keeps Enter in it from sending the reply, and inserts the chosen article's
// title and address into the composer's textarea at the cursor. Loaded from 'self' (no inline script, CSP).
(function () {
  function show() {
    document.querySelectorAll(".article-picker-live[hidden]").forEach(function (live) {
      live.hidden = false; // with script, the search in place of the link to the help centre
      var fallback = live.parentNode.querySelector(".article-picker-fallback");
      if (fallback) fallback.hidden = true;
    });
    document.querySelectorAll(".article-picker-live").forEach(function (live) {
      live.addEventListener("toggle", function () {
        if (live.open) live.querySelector("input[type=search]").focus();
      });
    });
  }

  function insert(textarea, text) {
    var value = textarea.value, start = value.length, end = value.length;
    if (textarea.hasAttribute("data-caret-known")) {
      start = textarea.selectionStart;
      end = textarea.selectionEnd;
    }
    var before = value.slice(0, start), after = value.slice(end);
    var glue = before.length > 0 && !/\s$/.test(before) ? " " : "";
    textarea.value = before + glue + text + after;
    var caret = (before + glue + text).length;
    textarea.setSelectionRange(caret, caret);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".article-picker .article-insert");
    var picker = button && button.closest(".article-picker");
    var textarea = picker && document.getElementById(picker.getAttribute("data-target"));
    if (!textarea) {
      return;
    }
    event.preventDefault();
    insert(textarea, button.getAttribute("data-insert"));
    var status = picker.querySelector(".article-picker-status");
    if (status) status.textContent = picker.getAttribute("data-inserted");
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.id === "article-pick-q") {
      event.preventDefault(); // the field sits in the composer: Enter searches, never sends the reply
      event.target.dispatchEvent(new Event("search", { bubbles: true }));
    }
  });

  document.addEventListener("focusin", function (event) {
    if (event.target.id === "composer-body") {
      event.target.setAttribute("data-caret-known", "");
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
