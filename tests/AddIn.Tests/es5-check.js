// Parses each file given as ES5 (acorn, ecmaVersion 5) and prints one line per file: "ok FILE" or "error FILE: message".
// The pane must parse in the IE11 webview of volume-licensed Office 2019.
"use strict";
const fs = require("fs");
const acorn = require("acorn");
let bad = 0;
for (const file of process.argv.slice(2)) {
  try {
    acorn.parse(fs.readFileSync(file, "utf8"), { ecmaVersion: 5, sourceType: "script" });
    console.log("ok " + file);
  } catch (e) {
    bad++;
    console.log("error " + file + ": " + e.message);
  }
}
process.exit(bad ? 1 : 0);
