// A unit's years: budget, spending and score, and each numeric indicator's target and actual (ECharts; no inline script).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('history-data');
    if (!holder || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(holder.textContent);
    var years = data.years.map(String);
    var main = document.getElementById('chart-years');
    if (main) {
      echarts.init(main, null, { renderer: 'svg' }).setOption({
        animation: false,
        title: { text: main.dataset.title, left: 'center', textStyle: { fontSize: 14 } },
        legend: { bottom: 0 },
        grid: { left: 50, right: 50, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: years },
        yAxis: [{ type: 'value', name: '万元' }, { type: 'value', min: 0, max: 100 }],
        series: [
          { name: main.dataset.budget, type: 'bar', data: data.budget, itemStyle: { color: '#9fb7d4' } },
          { name: main.dataset.executed, type: 'bar', data: data.executed, itemStyle: { color: '#0b5cad' } },
          { name: main.dataset.score, type: 'line', yAxisIndex: 1, data: data.score, itemStyle: { color: '#b4232a' } }
        ]
      });
    }
    var box = document.getElementById('indicator-charts');
    if (!box) { return; }
    data.indicators.forEach(function (indicator) {
      var div = document.createElement('div');
      div.className = 'chart';
      box.appendChild(div);
      echarts.init(div, null, { renderer: 'svg' }).setOption({
        animation: false,
        title: { text: indicator.name, left: 'center', textStyle: { fontSize: 12 } },
        legend: { bottom: 0, textStyle: { fontSize: 10 } },
        grid: { left: 45, right: 15, top: 35, bottom: 35 },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value' },
        series: [
          { name: box.dataset.target, type: 'line', data: indicator.targets, lineStyle: { type: 'dashed' }, itemStyle: { color: '#888' } },
          { name: box.dataset.actual, type: 'line', data: indicator.actuals, itemStyle: { color: '#2e7d32' } }
        ]
      });
    });
  });
})();
