package org.agorahub.shared.web;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** What the pagination fragment needs: page numbers around the current one and links keeping the query. */
public record PageLinks(int number, int totalPages, long totalElements, List<Integer> window, String base) {

    /** Links to the pages of the current request's URL. */
    public static PageLinks of(Page<?> page) {
        return of(page, null);
    }

    /**
     * Links to the pages of {@code base} (a path with its query, such as {@code /forums/threads/5?sort=votes}), for
     * pages also shown in answer to a form sent to another address.
     */
    public static PageLinks of(Page<?> page, String base) {
        int current = page.getNumber();
        int from = Math.max(0, current - 3);
        int to = Math.min(page.getTotalPages(), current + 4);
        return new PageLinks(
                current,
                page.getTotalPages(),
                page.getTotalElements(),
                IntStream.range(from, to).boxed().toList(),
                base);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    /** The current request's URL with {@code page} replaced. */
    public String link(int page) {
        UriComponents uri = (base == null
                        ? ServletUriComponentsBuilder.fromCurrentRequest()
                        : UriComponentsBuilder.fromUriString(base))
                .replaceQueryParam("page", page)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
