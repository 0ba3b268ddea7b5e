package org.agorahub.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.agorahub.forum.domain.BoardSettings;
import org.agorahub.people.Visibility;

/** Creating a board or changing its settings; members and moderators are email addresses separated by commas, spaces or new lines. */
record BoardForm(
        @NotBlank(message = "{forum.board.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,

        @Size(max = 4000, message = "{field.tooLong}") String description,
        Long departmentId,

        @NotNull(message = "{forum.board.visibility.required}") Visibility visibility,

        @Size(max = 10000, message = "{field.tooLong}") String members,
        @Size(max = 10000, message = "{field.tooLong}") String moderators) {

    static BoardForm blank(Long departmentId) {
        return new BoardForm("", "", departmentId, Visibility.ORGANISATION, "", "");
    }

    static BoardForm of(BoardSettings board) {
        return new BoardForm(
                board.name(),
                board.description() == null ? "" : board.description(),
                board.departmentId(),
                board.visibility(),
                String.join("\n", board.memberEmails()),
                String.join("\n", board.moderatorEmails()));
    }

    static List<String> emails(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,;\\s]+"))
                        .filter(e -> !e.isBlank())
                        .distinct()
                        .toList();
    }
}
