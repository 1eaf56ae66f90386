// Password strength meter (ADR 0012). A hint only: the server checks every password against the rules and the
// list of common passwords, with or without this script. Loaded from 'self' (no inline script); texts come from
// the page's data-* attributes, in the page's language; the verdict is read out politely (aria-live).
(function () {
  "use strict";

  // A few very common bases; the server's list is much longer.
  var COMMON = ["azerty", "azertyuiop", "qwerty", "qwertyuiop", "motdepasse", "password", "passw0rd", "soleil",
    "bonjour", "jetaime", "doudou", "chouchou", "loulou", "marseille", "football", "admin", "administrateur",
    "guichet", "bienvenue", "welcome", "iloveyou", "sunshine", "princesse", "dragon", "monkey", "letmein"];

  function isRepetition(value) {
    for (var unit = 1; unit <= 4 && unit < value.length; unit++) {
      var repeated = true;
      for (var i = unit; i < value.length && repeated; i++) {
        repeated = value.charAt(i) === value.charAt(i - unit);
      }
      if (repeated) {
        return true;
      }
    }
    return false;
  }

  function isRun(value) {
    if (value.length < 2) {
      return false;
    }
    var step = value.charCodeAt(1) - value.charCodeAt(0);
    if (step !== 1 && step !== -1) {
      return false;
    }
    for (var i = 2; i < value.length; i++) {
      if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) {
        return false;
      }
    }
    return true;
  }

  function core(value) {
    return value.toLowerCase().replace(/^[^a-z@$\u00c0-\u024f]+/, "").replace(/[^a-z\u00c0-\u024f]+$/, "")
      .replace(/@|4/g, "a").replace(/0/g, "o").replace(/[1!]/g, "i").replace(/3/g, "e").replace(/[$5]/g, "s")
      .replace(/[\s._-]+/g, "");
  }

  // 0: too short, 1: weak, 2: fair, 3: good, 4: strong.
  function score(password, min) {
    var length = Array.from ? Array.from(password).length : password.length;
    if (length < min) {
      return 0;
    }
    var base = core(password);
    if (base === "" || COMMON.indexOf(base) >= 0 || isRepetition(base) || isRun(base)
        || isRepetition(password.toLowerCase()) || isRun(password.toLowerCase())) {
      return 1;
    }
    var pool = 0;
    if (/[a-z]/.test(password)) { pool += 26; }
    if (/[A-Z]/.test(password)) { pool += 26; }
    if (/[0-9]/.test(password)) { pool += 10; }
    if (/[^a-zA-Z0-9]/.test(password)) { pool += 33; }
    var distinct = {};
    for (var i = 0; i < password.length; i++) {
      distinct[password.charAt(i)] = true;
    }
    var effective = Math.min(length, Object.keys(distinct).length * 2);
    var bits = effective * Math.log(pool) / Math.LN2;
    var words = password.split(/[\s._-]+/).filter(function (w) { return w.length >= 3; }).length;
    if (words >= 4) {
      bits = Math.max(bits, 80);
    }
    return bits < 50 ? 1 : bits < 65 ? 2 : bits < 80 ? 3 : 4;
  }

  var LEVELS = ["too-short", "weak", "fair", "good", "strong"];

  function attach(box) {
    var input = document.getElementById(box.getAttribute("data-strength-for"));
    var meter = box.querySelector("meter");
    var text = box.querySelector("[aria-live]");
    if (!input || !meter || !text) {
      return;
    }
    var min = parseInt(box.getAttribute("data-min"), 10) || 12;
    var last = null;
    function update() {
      var level = input.value === "" ? null : score(input.value, min);
      meter.value = level === null ? 0 : level;
      var message = level === null ? box.getAttribute("data-empty") : box.getAttribute("data-" + LEVELS[level]);
      box.setAttribute("data-level", level === null ? "empty" : LEVELS[level]);
      if (message !== last) {
        text.textContent = message;
        last = message;
      }
    }
    input.addEventListener("input", update);
    box.hidden = false;
    update();
  }

  function start() {
    var boxes = document.querySelectorAll("[data-strength-for]");
    for (var i = 0; i < boxes.length; i++) {
      attach(boxes[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
