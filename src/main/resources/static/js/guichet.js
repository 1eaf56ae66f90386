// Guichet's only script: sends the CSRF token with every htmx request. Loaded from 'self' (no inline script).
document.addEventListener("htmx:configRequest", function (event) {
  var body = document.body;
  var header = body.getAttribute("data-csrf-header");
  var token = body.getAttribute("data-csrf-token");
  if (header && token) {
    event.detail.headers[header] = token;
  }
});
