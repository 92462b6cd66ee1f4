// One line per claimant for the same scope, and the low-high band across claimants (rule 2).
(function () {
  "use strict";
  var node = document.getElementById("claimants-data");
  var canvas = document.getElementById("claimants-chart");
  if (!node || !canvas || !window.Chart) return;
  var series = JSON.parse(node.textContent);
  var palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];
  var dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3]];
  var fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  var lines = series.datasets.map(function (d, i) {
    return { type: "line", label: d.label, data: d.data, borderColor: palette[i % palette.length],
             backgroundColor: palette[i % palette.length], borderDash: dashes[i % dashes.length],
             spanGaps: false, pointRadius: 3, tension: 0, fill: false, order: 0 };
  });
  var band = [
    { type: "line", label: "lowest claimant", data: series.range.low, borderWidth: 0, pointRadius: 0,
      backgroundColor: "rgba(0,0,0,0)", fill: false, band: true, order: 1 },
    { type: "line", label: "range (lowest to highest)", data: series.range.high, borderWidth: 0, pointRadius: 0,
      backgroundColor: "rgba(86,180,233,0.18)", fill: "-1", band: true, order: 1 }
  ];
  var chart = new Chart(canvas, {
    data: { labels: series.labels, datasets: lines.concat(band) },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { x: { title: { display: true, text: series.bucket } },
                y: { beginAtZero: true, title: { display: true, text: "people" } } },
      plugins: {
        legend: { position: "bottom", labels: { filter: function (item, data) {
          return data.datasets[item.datasetIndex].label !== "lowest claimant"; } } },
        tooltip: { callbacks: {
          label: function (ctx) {
            if (ctx.parsed.y === null) return null;
            if (ctx.dataset.band) {
              var i = ctx.dataIndex, low = ctx.datasetIndex === lines.length;
              return (low ? "low: " : "high: ") + fmt.format(ctx.parsed.y) + " people (" +
                (low ? series.range.low_claimant[i] : series.range.high_claimant[i]) + ")";
            }
            return ctx.dataset.label + ": " + fmt.format(ctx.parsed.y) + " people";
          }
        } }
      }
    }
  });
  canvas.dataset.ready = "true";
  window.claimantsChart = chart;
})();
