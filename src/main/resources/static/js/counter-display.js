// The waiting room's display: the server says (server-sent events) that something changed; the board is fetched again,
// and a new call (or a call repeated) is announced by a chime made here (WebAudio, nothing fetched) and read out by
// the aria-live region. Without JavaScript, the page refreshes itself every 20 seconds.
(function () {
  'use strict';
  var body = document.body;
  var eventsUrl = body.getAttribute('data-events');
  var boardUrl = body.getAttribute('data-board');
  if (!eventsUrl || !boardUrl || !window.EventSource) {
    return;
  }
  var audio = null;
  var soundButton = document.getElementById('sound');
  if (soundButton && (window.AudioContext || window.webkitAudioContext)) {
    soundButton.hidden = false;
    soundButton.addEventListener('click', function () {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      audio.resume();
      soundButton.hidden = true;
      chime();
    });
  }

  function chime() {
    if (!audio) {
      return;
    }
    var start = audio.currentTime;
    [659.25, 523.25].forEach(function (frequency, i) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      var t = start + i * 0.45;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.4, t + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.8);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 0.85);
    });
  }

  function latest() {
    var board = document.getElementById('board');
    return board ? board.getAttribute('data-latest') : '';
  }

  function refresh() {
    var before = latest();
    fetch(boardUrl, { headers: { 'Accept': 'text/html' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('board');
        var board = document.getElementById('board');
        if (next && board) {
          board.replaceWith(next);
          if (latest() && latest() !== before) {
            chime();
          }
        }
      })
      .catch(function () { /* the next change tries again */ });
  }

  var source = new EventSource(eventsUrl);
  source.addEventListener('change', refresh);
  source.onopen = refresh;
})();
