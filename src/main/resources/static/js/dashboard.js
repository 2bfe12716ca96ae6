// The dashboard's charts, drawn with ECharts from the JSON the page carries (no inline script: the CSP forbids it).
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var holder = document.getElementById('dashboard-data');
    if (!holder || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(holder.textContent);
    var charts = [];
    function chart(id, option) {
      var element = document.getElementById(id);
      if (!element) { return; }
      var c = echarts.init(element, null, { renderer: 'svg' });
      option.title = { text: element.dataset.title, left: 'center', textStyle: { fontSize: 14 } };
      option.animation = false;
      c.setOption(option);
      charts.push(c);
    }
    // evaluations with too little to score are in no band: a grey bar of their own, never counted as below 60
    var scores = document.getElementById('chart-scores');
    var bandLabels = data.scoreBands.labels.slice();
    var bandCounts = data.scoreBands.counts.slice();
    if (data.notScorable > 0) {
      bandLabels.push(scores ? scores.dataset.notScorable : 'not scorable');
      bandCounts.push({ value: data.notScorable, itemStyle: { color: '#8a8a8a' } });
    }
    chart('chart-scores', {
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: bandLabels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: bandCounts, itemStyle: { color: '#0b5cad' }, label: { show: true, position: 'top' } }]
    });
    var completion = document.getElementById('chart-completion');
    chart('chart-completion', {
      series: [{ type: 'pie', radius: ['40%', '65%'], top: 20, label: { formatter: '{b}\n{c}' },
        data: [{ name: completion ? completion.dataset.met : 'met', value: data.completion.met, itemStyle: { color: '#2e7d32' } },
               { name: completion ? completion.dataset.notMet : 'not met', value: data.completion.notMet, itemStyle: { color: '#b4232a' } }] }]
    });
    chart('chart-rates', {
      grid: { left: 40, right: 16, top: 40, bottom: 90 },
      xAxis: { type: 'category', data: data.rates.units, axisLabel: { rotate: 40, interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', data: data.rates.values, itemStyle: { color: '#c98a00' },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 90 }], lineStyle: { color: '#b4232a' } } }]
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  });
})();
