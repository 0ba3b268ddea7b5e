// Progressive enhancements only: every page works without this file.
(function () {
    "use strict";

    // Drag and drop onto an upload field: dropped files become the field's files, as if chosen.
    function enhanceDropzone(zone) {
        var input = zone.querySelector("input[type=file]");
        if (!input) {
            return;
        }
        ["dragenter", "dragover"].forEach(function (type) {
            zone.addEventListener(type, function (event) {
                event.preventDefault();
                zone.classList.add("agora-dragging");
            });
        });
        ["dragleave", "drop"].forEach(function (type) {
            zone.addEventListener(type, function () {
                zone.classList.remove("agora-dragging");
            });
        });
        zone.addEventListener("drop", function (event) {
            event.preventDefault();
            if (event.dataTransfer && event.dataTransfer.files.length) {
                input.files = event.dataTransfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll(".agora-dropzone").forEach(enhanceDropzone);
    });
})();
