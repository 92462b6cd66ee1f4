// On a phone the filter form would push the figures below the fold: fold it when no filter
// is active (it stays one tap away).
(function () {
  "use strict";
  var box = document.querySelector("details.filter-box");
  if (!box || !window.matchMedia("(max-width: 600px)").matches) return;
  if (box.querySelector("summary").textContent.indexOf("(active)") < 0) box.open = false;
})();
