// Loaded into a copy of the score report by test_report_browser.sh: measures the page as Chromium laid it out
// and writes the result as JSON into <pre id="df-measure">, which --dump-dom hands to check_report.py.
window.addEventListener("load", function () {
  function box(el) {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }
  function lineHeight(el) {
    const lh = parseFloat(getComputedStyle(el).lineHeight);
    return isNaN(lh) ? parseFloat(getComputedStyle(el).fontSize) * 1.2 : lh;
  }
  const result = { totals: [], map: null };
  // The totals: every label with the element that holds its value (a dt and its dd, a row's th and td).
  const totalsHeading = Array.from(document.querySelectorAll("h2"))[0];
  let section = totalsHeading ? totalsHeading.nextElementSibling : null;
  if (section) {
    const labels = section.querySelectorAll("dt, th");
    labels.forEach(function (label) {
      const value = label.nextElementSibling;
      result.totals.push({
        label: label.textContent,
        value: value ? value.textContent : null,
        labelBox: box(label),
        valueBox: value ? box(value) : null,
        labelLines: Math.round(label.getBoundingClientRect().height / lineHeight(label)),
      });
    });
  }
  const img = document.querySelector("img");
  if (img) {
    result.map = {
      complete: img.complete,
      naturalWidth: img.naturalWidth,
      naturalHeight: img.naturalHeight,
      shown: box(img),
    };
  }
  const pre = document.createElement("pre");
  pre.id = "df-measure";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
});
