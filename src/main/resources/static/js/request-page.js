// The request page (desk and back office): the composer's acts as tabs, files dropped on the composer, the
// "is replying" flag of the presence poll, and the keyboard shortcuts with their '?' list. Without this script the
// page is a plain form: radio buttons, text, files, status, one submit.
(function () {
  "use strict";

  var composer = document.getElementById("composer");
  var body = document.getElementById("composer-body");
  var dialog = document.getElementById("shortcuts");
  var opener = document.getElementById("shortcuts-open");

  /** Whether the key was typed in a field: one-letter shortcuts leave it alone. */
  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  /** Chooses the first of the acts that the page offers and puts the cursor in the text. */
  function chooseAct(values) {
    if (!composer) {
      return false;
    }
    for (var i = 0; i < values.length; i++) {
      var radio = composer.querySelector('input[name="act"][value="' + values[i] + '"]');
      if (radio) {
        radio.checked = true;
        refresh();
        body.focus();
        composer.scrollIntoView({ block: "nearest" });
        return true;
      }
    }
    return false;
  }

  /** The composer follows the chosen act: internal acts look internal; only a reply may resolve. */
  function refresh() {
    var chosen = composer.querySelector('input[name="act"]:checked');
    var internal = !!chosen && chosen.getAttribute("data-internal") === "true";
    composer.classList.toggle("is-internal", internal);
    var isReply = !!chosen && chosen.value === "REPLY";
    var status = document.getElementById("composer-status");
    if (status) {
      Array.prototype.forEach.call(status.options, function (option) {
        if (option.getAttribute("data-reply-only") === "true") {
          option.disabled = !isReply;
          option.hidden = !isReply;
          if (!isReply && option.selected) {
            status.value = "";
          }
        }
      });
    }
  }

  if (composer && body) {
    composer.classList.add("tabbed");
    composer.addEventListener("change", function (event) {
      if (event.target && event.target.name === "act") {
        refresh();
      }
    });
    refresh();

    // The draft survives a reload (the "request changed: show it as it is now" link), until it is sent.
    var draftKey = "guichet-draft:" + window.location.pathname;
    var draft = null;
    try {
      draft = window.sessionStorage.getItem(draftKey);
    } catch (e) {
      draft = null;
    }
    if (draft && body.value === "") {
      body.value = draft;
    }
    var replying = document.getElementById("composer-replying");
    var flag = function () {
      if (replying) {
        replying.value = body.value.trim() !== "" ? "true" : "false";
      }
    };
    flag();
    body.addEventListener("input", function () {
      flag();
      try {
        window.sessionStorage.setItem(draftKey, body.value);
      } catch (e) {
        // storage refused (private mode): the draft is only not kept
      }
    });
    composer.addEventListener("submit", function () {
      try {
        window.sessionStorage.removeItem(draftKey);
      } catch (e) {
        // nothing kept, nothing to remove
      }
    });
    body.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });

    var files = document.getElementById("composer-files");
    var hasFiles = function (event) {
      return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0;
    };
    composer.addEventListener("dragover", function (event) {
      if (files && hasFiles(event)) {
        event.preventDefault();
        composer.classList.add("dropping");
      }
    });
    composer.addEventListener("dragleave", function () {
      composer.classList.remove("dropping");
    });
    composer.addEventListener("drop", function (event) {
      composer.classList.remove("dropping");
      if (files && event.dataTransfer && event.dataTransfer.files.length > 0) {
        event.preventDefault();
        files.files = event.dataTransfer.files;
      }
    });
  }

  if (dialog && opener && typeof dialog.showModal === "function") {
    opener.hidden = false;
    opener.addEventListener("click", function () {
      dialog.showModal();
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (dialog && dialog.open) {
      return; // Esc closes the dialog natively
    }
    switch (event.key) {
      case "?":
        if (dialog && typeof dialog.showModal === "function") {
          event.preventDefault();
          dialog.showModal();
        }
        break;
      case "r":
        if (chooseAct(["REPLY", "RETURN_TO_OWNER", "ANSWER_TEAM"])) {
          event.preventDefault();
        }
        break;
      case "n":
        if (chooseAct(["NOTE"])) {
          event.preventDefault();
        }
        break;
      case "j":
        var next = document.getElementById("next-request");
        if (next) {
          event.preventDefault();
          window.location.assign(next.href);
        }
        break;
      default:
    }
  });
})();
