// Suggestions as you type in a search box: turns <input data-suggest-url="…"> into a WAI-ARIA 1.2 combobox with a
// listbox popup (list autocomplete, manual selection). Without this file the box is a plain search form.
//
// Keys: Down/Up move through the suggestions (opening the list), Enter on a highlighted suggestion goes to it,
// Enter without one submits the search form, Escape closes the list. A polite live region says how many
// suggestions there are. Nothing is asked for under two characters, and typing is debounced.
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var DEBOUNCE_MS = 150;

    function enhance(input) {
        var form = input.form;
        var url = input.getAttribute("data-suggest-url");
        if (!form || !url || !window.fetch) {
            return;
        }
        var listId = input.id + "-suggestions";
        var label = form.querySelector("label[for='" + input.id + "']");
        if (label && !label.id) {
            label.id = input.id + "-label";
        }

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "agora-suggestions";
        list.setAttribute("role", "listbox");
        if (label) {
            list.setAttribute("aria-labelledby", label.id);
        }
        list.hidden = true;

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");

        form.appendChild(list);
        form.appendChild(status);
        form.classList.add("agora-suggest");

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var items = [];
        var active = -1;
        var timer = null;
        var sequence = 0;
        var controller = null;

        function open() {
            if (items.length === 0) {
                return;
            }
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            highlight(-1);
        }

        function isOpen() {
            return !list.hidden;
        }

        function highlight(index) {
            var options = list.children;
            for (var i = 0; i < options.length; i++) {
                options[i].setAttribute("aria-selected", i === index ? "true" : "false");
            }
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function announce(text) {
            // cleared first, so the same words said twice in a row are still read out
            status.textContent = "";
            window.setTimeout(function () {
                status.textContent = text;
            }, 50);
        }

        function go(index) {
            var item = items[index];
            if (item && item.url) {
                close();
                window.location.assign(item.url);
            }
        }

        function render(data) {
            items = Array.isArray(data.suggestions) ? data.suggestions : [];
            list.textContent = "";
            items.forEach(function (item, index) {
                var option = document.createElement("li");
                option.id = listId + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "agora-suggestion agora-suggestion-" + item.type;
                var text = document.createElement("span");
                text.className = "agora-suggestion-label";
                text.textContent = item.label;
                var type = document.createElement("span");
                type.className = "agora-suggestion-type";
                type.textContent = item.typeLabel || item.type;
                option.appendChild(text);
                option.appendChild(document.createTextNode(" "));
                option.appendChild(type);
                // keep the focus in the box while choosing with the mouse
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                option.addEventListener("click", function () {
                    go(index);
                });
                list.appendChild(option);
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (items.length > 0 && document.activeElement === input) {
                open();
            } else {
                close();
            }
            if (typeof data.announcement === "string") {
                announce(data.announcement);
            }
        }

        function clear() {
            items = [];
            list.textContent = "";
            close();
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (controller) {
                controller.abort();
                controller = null;
            }
            if (text.length < MIN_LENGTH) {
                sequence++;
                clear();
                return;
            }
            var mine = ++sequence;
            controller = window.AbortController ? new AbortController() : null;
            window.fetch(url + "?q=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                var type = response.headers.get("Content-Type") || "";
                if (!response.ok || type.indexOf("json") < 0) {
                    throw new Error("no suggestions");
                }
                return response.json();
            }).then(function (data) {
                if (mine === sequence) {
                    render(data);
                }
            }).catch(function () {
                if (mine === sequence) {
                    clear();
                }
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
        });

        input.addEventListener("keydown", function (event) {
            if (event.isComposing) {
                return;
            }
            switch (event.key) {
                case "ArrowDown":
                    if (items.length === 0) {
                        return;
                    }
                    event.preventDefault();
                    if (!isOpen()) {
                        open();
                        highlight(event.altKey ? -1 : 0);
                    } else if (!event.altKey) {
                        highlight(active + 1 >= items.length ? 0 : active + 1);
                    }
                    break;
                case "ArrowUp":
                    if (items.length === 0) {
                        return;
                    }
                    event.preventDefault();
                    if (!isOpen()) {
                        open();
                        highlight(items.length - 1);
                    } else {
                        highlight(active <= 0 ? items.length - 1 : active - 1);
                    }
                    break;
                case "Enter":
                    if (isOpen() && active >= 0) {
                        event.preventDefault();
                        go(active);
                    } else {
                        close(); // the form submits the search as usual
                    }
                    break;
                case "Escape":
                    if (isOpen()) {
                        event.preventDefault();
                        close();
                    }
                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener("blur", close);
        input.addEventListener("focus", function () {
            if (items.length > 0 && input.value.trim().length >= MIN_LENGTH) {
                open();
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
    });
})();
