// The article page: a highlighted figure opens its claims in the side list; the claim named in
// the address (#claim-ID, from the claims table) is marked and scrolled into view.
(function () {
  "use strict";
  function show(mark, scroll) {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    mark.classList.add("current");
    mark.dataset.claims.split(" ").forEach(function (id) {
      var d = document.getElementById("detail-" + id);
      if (d) { d.open = true; d.classList.add("current"); }
    });
    if (scroll) mark.scrollIntoView({ block: "center" });
  }
  document.querySelectorAll("mark[data-claims]").forEach(function (mark) {
    mark.addEventListener("click", function () { show(mark, false); });
    mark.addEventListener("keydown", function (e) { if (e.key === "Enter") show(mark, false); });
  });
  var match = /^#claim-(\d+)$/.exec(window.location.hash);
  if (match) {
    var target = Array.prototype.find.call(document.querySelectorAll("mark[data-claims]"), function (m) {
      return m.dataset.claims.split(" ").indexOf(match[1]) >= 0;
    });
    if (target) show(target, true);
    else {
      var d = document.getElementById("detail-" + match[1]);
      if (d) { d.open = true; d.classList.add("current"); d.scrollIntoView({ block: "center" }); }
    }
  }
  document.body.dataset.ready = "true";
})();
