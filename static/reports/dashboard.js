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
  // Spread values (rule 5) are hatched, so they read as estimates without relying on colour.
  function hatch(colour) {
    var c = document.createElement("canvas");
    c.width = c.height = 8;
    var ctx = c.getContext("2d");
    ctx.fillStyle = colour; ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = "rgba(255,255,255,0.55)"; ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.stroke();
    return ctx.createPattern(c, "repeat");
  }
  var fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  var chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: series.labels,
      datasets: series.datasets.map(function (d) {
        var colour = colours[d.key] || "#333", pattern = hatch(colour);
        return {
          label: d.label, data: d.data, key: d.key, spread: d.spread,
          datedByPublication: d.dated_by_publication,
          backgroundColor: d.data.map(function (_, i) { return d.spread[i] ? pattern : colour; }),
          borderColor: d.data.map(function (_, i) { return d.dated_by_publication[i] ? "#1d2330" : colour; }),
          borderWidth: d.data.map(function (_, i) { return d.dated_by_publication[i] ? 1.5 : 0; }),
          borderDash: [3, 3]
        };
      })
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        x: { stacked: true, title: { display: true, text: series.bucket } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "people" } }
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: {
          label: function (ctx) { return ctx.dataset.label + ": " + fmt.format(ctx.parsed.y) + " people"; },
          afterLabel: function (ctx) {
            var notes = [];
            if (ctx.dataset.spread && ctx.dataset.spread[ctx.dataIndex]) notes.push("spread over several periods by day");
            if (ctx.dataset.datedByPublication && ctx.dataset.datedByPublication[ctx.dataIndex]) notes.push("dated by publication");
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
