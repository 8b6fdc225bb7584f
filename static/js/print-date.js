/* The print date at the foot of a printed page (static/css/site.css, @media print): the day
   the page is printed, in the page's language. A static file because the strict CSP allows no
   inline script; without JavaScript the printout still carries the page's address. The date
   is set when the page loads and again just before printing, so a tab left open overnight
   prints the right day. */
(function () {
  "use strict";
  var element = document.getElementById("site-print-date");
  if (!element) return;
  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }
  function fill() {
    var now = new Date();
    var day = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    var lang = document.documentElement.lang || undefined;
    var text;
    try {
      text = now.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
    } catch (error) {
      text = day;
    }
    var time = document.createElement("time");
    time.textContent = text;
    time.setAttribute("datetime", day);
    element.querySelector(".site-print-date__value").replaceChildren(time);
    element.hidden = false;
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();
