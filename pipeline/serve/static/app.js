/* The only script of the review server: filters apply as soon as a choice changes, and the
   review form asks before leaving a page with unsaved changes. It never builds markup. */
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (filters) {
    Array.prototype.forEach.call(filters.querySelectorAll("select"), function (select) {
      select.addEventListener("change", function () { filters.requestSubmit(); });
    });
  }
  var form = document.getElementById("decision-form");
  if (form) {
    var dirty = false;
    document.addEventListener("change", function (event) {
      if (event.target.form === form || event.target.getAttribute("form") === form.id) { dirty = true; }
    });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) { event.preventDefault(); }
    });
  }
})();
