// What the pane does to the open Word document. WordApi 1.1 is the manifest's minimum; 1.5 (Document.insertFileFromBase64)
// and 1.9 (drop-down list items) are used only where Pane.host says the host has them. ES5 only.
(function (Pane) {
  "use strict";

  var word = {};
  Pane.word = word;

  // Written by the service when the form is made and locked there (content control "cannot edit"); a clerk's copy never changes them.
  word.LOCKED = { "unit.id": true, "form.kind": true };

  // One control: a drop-down gets its list item selected (WordApi 1.9), any other control its text replaced.
  function writeOne(context, cc, value) {
    if (cc.type === "DropDownList" && Pane.host.canSelectListItems()) {
      var items = cc.dropDownListContentControl.listItems;
      items.load("items/displayText,items/value");
      return context.sync().then(function () {
        for (var i = 0; i < items.items.length; i++) {
          var item = items.items[i];
          if (item.displayText === value || item.value === value) { item.select(); return context.sync(); }
        }
        throw Pane.failure.message(Pane.text.notInList(cc.tag, value));
      });
    }
    cc.insertText(value, "Replace");
    return context.sync();
  }

  // Fills every tagged control with its value. Locked controls are skipped; a control that refuses is reported and the
  // rest are still filled (each write is synced on its own, since one failing operation ends the rest of its batch).
  word.fill = function (values) {
    var result = { filled: 0, locked: 0, refused: [] };
    return Word.run(function (context) {
      var found = [];
      Pane.each(Pane.keys(values), function (tag) {
        var items = context.document.contentControls.getByTag(tag);
        items.load("items/tag,items/type,items/cannotEdit");
        found.push({ tag: tag, items: items });
      });
      return context.sync().then(function () {
        var jobs = [];
        Pane.each(found, function (f) {
          Pane.each(f.items.items, function (cc) {
            if (word.LOCKED[f.tag] || cc.cannotEdit) { result.locked++; return; }
            jobs.push({ tag: f.tag, cc: cc });
          });
        });
        return Pane.sequence(jobs, function (job) {
          return writeOne(context, job.cc, String(values[job.tag])).then(function () { result.filled++; }, function () {
            result.refused.push(job.tag);
          });
        });
      });
    }).then(function () { return result; });
  };

  // The whole rendered document: Document.insertFileFromBase64 (WordApi 1.5) keeps the headers and footers;
  // body.insertFileFromBase64 (1.1) drops them, so it is only the fallback, and says so.
  word.insertWhole = function (base64) {
    if (!Pane.host.canUseWord()) return Pane.defer(function (resolve, reject) { reject(Pane.failure.message(Pane.text.cannotInsert)); });
    var whole = Pane.host.canInsertWholeDocument();
    return Word.run(function (context) {
      if (whole) context.document.insertFileFromBase64(base64, "Replace");
      else context.document.body.insertFileFromBase64(base64, "Replace");
      return context.sync();
    }).then(function () { return whole; });
  };

  // Puts the form's sealed identity into a custom document property (WordApi 1.3); skipped where the host lacks it.
  word.stamp = function (name, value) {
    if (!name || !value || !Pane.host.supports("WordApi", "1.3")) return Pane.resolved(false);
    return Word.run(function (context) {
      context.document.properties.customProperties.add(name, value);
      return context.sync();
    }).then(function () { return true; });
  };

  // The open document's bytes: getFileAsync(Compressed) in slices of the platform's size, concatenated as bytes.
  word.read = function (onProgress) {
    return Pane.defer(function (resolve, reject) {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: Pane.host.sliceSize() }, function (result) {
        if (result.status !== Office.AsyncResultStatus.Succeeded) { reject(Pane.failure.office(result.error)); return; }
        var file = result.value;
        var count = file.sliceCount;
        var parts = [];
        var total = 0;
        var next = function (i) {
          if (i === count) {
            file.closeAsync(function () {});
            var bytes = new Uint8Array(total);
            var offset = 0;
            for (var k = 0; k < parts.length; k++) { bytes.set(parts[k], offset); offset += parts[k].length; }
            resolve(bytes);
            return;
          }
          file.getSliceAsync(i, function (slice) {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) { file.closeAsync(function () {}); reject(Pane.failure.office(slice.error)); return; }
            // slice data is an array of byte values: copy as bytes, never through a string
            parts[i] = new Uint8Array(slice.value.data);
            total += parts[i].length;
            onProgress((i + 1) / count);
            next(i + 1);
          });
        };
        next(0);
      });
    });
  };
})(window.Pane);
