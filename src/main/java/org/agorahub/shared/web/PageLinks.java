package org.agorahub.shared.web;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** What the pagination fragment needs: page numbers around the current one and links keeping the query. */
public record PageLinks(int number, int totalPages, long totalElements, List<Integer> window) {

    public static PageLinks of(Page<?> page) {
        int current = page.getNumber();
        int from = Math.max(0, current - 3);
        int to = Math.min(page.getTotalPages(), current + 4);
        return new PageLinks(
                current,
                page.getTotalPages(),
                page.getTotalElements(),
                IntStream.range(from, to).boxed().toList());
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    /** The current request's URL with {@code page} replaced. */
    public String link(int page) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
