package org.agorahub.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.domain.SearchSuggestions;
import org.agorahub.search.domain.SearchSuggestions.Suggestion;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the search box in the header ({@code static/js/search-suggest.js}): a small JSON list of
 * documents, tags and people, each with where it leads. Any text gets an answer, never an error.
 */
@RestController
class SearchSuggestController {

    private final SearchSuggestions suggestions;
    private final MessageSource messages;

    SearchSuggestController(SearchSuggestions suggestions, MessageSource messages) {
        this.suggestions = suggestions;
        this.messages = messages;
    }

    /**
     * The answer.
     *
     * @param announcement what a screen reader says when the list changes ("5 suggestions")
     */
    record Suggestions(List<Item> suggestions, String announcement) {}

    /**
     * One suggestion.
     *
     * @param type {@code document}, {@code tag} or {@code person}
     * @param typeLabel the type in words, shown beside the label
     */
    record Item(String type, String typeLabel, String label, String url) {}

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    Suggestions suggest(
            @RequestParam(defaultValue = "") String q, CurrentUser user, HttpServletRequest request, Locale locale) {
        String context = request.getContextPath();
        List<Item> items = suggestions.suggest(user, q).stream()
                .map(s -> item(s, context, locale))
                .toList();
        return new Suggestions(items, messages.getMessage("search.suggest.count", new Object[] {items.size()}, locale));
    }

    private Item item(Suggestion suggestion, String context, Locale locale) {
        String type = suggestion.type().name().toLowerCase(Locale.ROOT);
        String typeLabel = messages.getMessage("search.suggest.type." + type, null, locale);
        return switch (suggestion.type()) {
            case DOCUMENT -> new Item(type, typeLabel, suggestion.label(), context + "/documents/" + suggestion.id());
            case TAG ->
                new Item(
                        type,
                        typeLabel,
                        suggestion.label(),
                        context + "/search?q=" + URLEncoder.encode(suggestion.label(), StandardCharsets.UTF_8));
            case PERSON ->
                new Item(
                        type,
                        typeLabel,
                        suggestion.detail() == null
                                ? suggestion.label()
                                : suggestion.label() + " — " + suggestion.detail(),
                        context + "/people/" + suggestion.id());
        };
    }
}
