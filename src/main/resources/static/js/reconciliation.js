// The reconciliation screen by keyboard: j and k move to the next and the previous entry waiting (each a section
// that takes the focus); Tab then goes through its suggestions and actions. Without scripts the page is plain forms
// in reading order.
(function () {
  'use strict';
  function entries() {
    return Array.prototype.slice.call(document.querySelectorAll('section.reconcile-entry'));
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
        || target.isContentEditable)) {
      return;
    }
    if (event.key !== 'j' && event.key !== 'k') {
      return;
    }
    var list = entries();
    if (list.length === 0) {
      return;
    }
    var current = list.findIndex(function (section) {
      return section.contains(document.activeElement);
    });
    var next = event.key === 'j' ? current + 1 : current - 1;
    if (current < 0) {
      next = 0;
    }
    next = Math.max(0, Math.min(list.length - 1, next));
    list[next].focus();
    list[next].scrollIntoView({block: 'start'});
    event.preventDefault();
  });
}());
