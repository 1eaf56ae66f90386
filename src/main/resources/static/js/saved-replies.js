// The saved-replies picker (templates/requests/saved-replies.html): choosing a reply fetches its text filled for the
// request and inserts it into the composer's textarea (#composer-body) at the cursor, instead of opening the page
// without script. Loaded from 'self' (no inline script, CSP).
(function () {
  function insert(textarea, text) {
    var value = textarea.value, start = value.length, end = value.length;
    if (textarea.hasAttribute("data-caret-known")) {
      start = textarea.selectionStart;
      end = textarea.selectionEnd;
    }
    var before = value.slice(0, start), after = value.slice(end);
    var glue = before.length > 0 && !/\n$/.test(before) ? "\n" : "";
    textarea.value = before + glue + text + after;
    var caret = (before + glue + text).length;
    textarea.setSelectionRange(caret, caret);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.focus();
  }

  function use(form) { // form: the picker's element, which carries the data attributes
    var select = form.querySelector("select[name=reply]");
    var status = form.querySelector(".saved-replies-status");
    var textarea = document.getElementById(form.getAttribute("data-target"));
    if (!select || !select.value || !textarea) {
      return false;
    }
    fetch(form.getAttribute("data-rendered-url") + encodeURIComponent(select.value), {
      credentials: "same-origin",
      headers: { Accept: "text/plain" }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (text) {
        insert(textarea, text);
        if (status) status.textContent = form.getAttribute("data-inserted");
        select.value = "";
      })
      .catch(function () {
        if (status) status.textContent = form.getAttribute("data-failed");
      });
    return true;
  }

  // The picker's button submits the form around it (the composer) to the page without script; with script the text
  // is inserted instead and nothing is submitted.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".saved-replies-picker button[type=submit]");
    var picker = button && button.closest(".saved-replies-picker");
    if (picker && document.getElementById(picker.getAttribute("data-target"))) {
      event.preventDefault();
      use(picker);
    }
  });

  // Where the person last put the cursor in the composer is where the reply goes; until then, at the end.
  document.addEventListener("focusin", function (event) {
    if (event.target.id === "composer-body") {
      event.target.setAttribute("data-caret-known", "");
    }
  });
})();
