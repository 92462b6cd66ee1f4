// Draws the totals chart from the series the page embeds (labels + aligned datasets).
(function () {
  "use strict";
  var node = document.getElementById("series-data");
  var canvas = document.getElementById("totals-chart");
  if (!node || !canvas || !window.Chart) return;
  var series = JSON.parse(node.textContent);
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  var colours = {
    people: "#999999", civilians: "#E69F00", children: "#56B4E9", women: "#CC79A7",
    men: "#0072B2", combatants: "#666666", state_forces: "#009E73", armed_groups: "#D55E00"
  };
  var chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: series.labels,
      datasets: series.datasets.map(function (d) {
        return { label: d.label, data: d.data, backgroundColor: colours[d.key] || "#333",
                 spread: d.spread, key: d.key };
      })
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
                title: { display: true, text: "people" } } },
      plugins: {
        tooltip: { callbacks: {
          afterLabel: function (ctx) {
            var notes = [];
            if (ctx.dataset.spread && ctx.dataset.spread[ctx.dataIndex]) notes.push("spread over several periods");
            if (series.claimants && series.claimants[ctx.dataIndex]) notes.push("source: " + series.claimants[ctx.dataIndex]);
            return notes.join("; ");
          }
        } }
      }
    }
  });
  canvas.dataset.ready = "true";
  window.totalsChart = chart;
})();
