// The media picker of the page and news editors: "Insert" puts an image's Markdown where the cursor is in the
// editor's text; "Copy" copies it. Without JavaScript both buttons stay hidden and the snippet is selectable text.
(function () {
  function reveal(root) {
    root.querySelectorAll("[data-media-insert][hidden], [data-media-copy][hidden]").forEach(function (button) {
      if (button.hasAttribute("data-media-copy") && !(navigator.clipboard && window.isSecureContext)) {
        return;
      }
      button.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { reveal(document); });
  document.addEventListener("htmx:afterSwap", function (event) { reveal(event.target); });

  document.addEventListener("click", function (event) {
    var insert = event.target.closest("[data-media-insert]");
    if (insert) {
      var field = document.getElementById(insert.getAttribute("data-media-insert"));
      if (!field) {
        return;
      }
      var snippet = insert.getAttribute("data-snippet");
      var start = field.selectionStart == null ? field.value.length : field.selectionStart;
      var end = field.selectionEnd == null ? start : field.selectionEnd;
      var before = field.value.substring(0, start);
      var text = (before && !/\n$/.test(before) ? "\n\n" : "") + snippet + "\n";
      field.setRangeText(text, start, end, "end");
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.focus();
      return;
    }
    var copy = event.target.closest("[data-media-copy]");
    if (copy) {
      var source = document.getElementById(copy.getAttribute("data-media-copy"));
      if (source) {
        navigator.clipboard.writeText(source.value).then(function () {
          copy.textContent = copy.getAttribute("data-copied");
        });
      }
    }
  });
})();
