/* The print date at the foot of a printed page (static/css/site.css, @media print): the day
   the page is printed, in the page's language. A static file because the strict CSP allows no
   inline script; without JavaScript the printout still carries the page's address. The date
   is set when the page loads and again just before printing, so a tab left open overnight
   prints the right day. */
(function () {
  "use strict";
  var element = document.getElementById("site-print-date");
  if (!element) return;
  function fill() {
    var now = new Date();
    var lang = document.documentElement.lang || undefined;
    var text;
    try {
      text = now.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
    } catch (error) {
      text = now.toISOString().slice(0, 10);
    }
    var time = element.querySelector("time");
    time.textContent = text;
    time.setAttribute("datetime", now.toISOString().slice(0, 10));
    element.hidden = false;
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();
