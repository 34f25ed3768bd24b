// Shows the progress of «Сформировать заново» without reloading the page; without scripts the page reloads itself.
(function () {
  var box = document.getElementById('job');
  if (!box) { return; }
  var id = box.getAttribute('data-job');
  function poll() {
    fetch('/api/jobs/' + id, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (job) {
      document.getElementById('job-status').textContent = job.stateText;
      var list = document.getElementById('job-steps');
      list.textContent = '';
      job.steps.forEach(function (s) { var li = document.createElement('li'); li.textContent = s; list.appendChild(li); });
      if (job.state === 'RUNNING') { setTimeout(poll, 700); } else { window.location.reload(); }
    }).catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
