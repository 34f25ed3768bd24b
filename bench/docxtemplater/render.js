// The docxtemplater peer of the documents benchmark (bench/README.md): fills TEMPLATE with DATA (JSON) RUNS
// times in one process — template read, filled, zipped and written each time, as our engine does — and prints
// each run's time, then «seconds=» with the median of the runs after the first (the first warms V8 up).
// Usage: node render.js TEMPLATE.docx DATA.json OUT.docx RUNS
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, dataFile, out, runsText] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataFile, "utf8"));
const runs = Math.max(2, parseInt(runsText || "3", 10));
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const zip = new PizZip(fs.readFileSync(template));
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  fs.writeFileSync(out, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
  console.log(`run ${i} ${times[i].toFixed(3)} s`);
}
const warm = times.slice(1).sort((a, b) => a - b);
const mid = Math.floor(warm.length / 2);
const median = warm.length % 2 ? warm[mid] : (warm[mid - 1] + warm[mid]) / 2;
console.log(`seconds=${median.toFixed(4)}`);
