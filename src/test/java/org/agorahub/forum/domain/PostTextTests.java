package org.agorahub.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostTextTests {

    @Test
    void textThatShowsNothingIsBlank() {
        assertThat(PostText.isBlank(" \t\n")).isTrue();
        assertThat(PostText.isBlank("\u200B\u00A0\uFEFF\u2060")).isTrue();
        assertThat(PostText.isBlank(" a ")).isFalse();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithItsLengthAndLineBreaksCountOnce() {
        assertThat(PostText.body("a\r\nb", 3)).isEqualTo("a\nb");
        assertThatThrownBy(() -> PostText.body("abcd", 3)).isInstanceOfSatisfying(ForumRefusedException.class, e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.arguments()).containsExactly(3, 4);
        });
        assertThatThrownBy(() -> PostText.body("\u200B", 3)).isInstanceOf(ForumRefusedException.class);
    }

    @Test
    void titlesAreTidiedAndLimited() {
        assertThat(PostText.title("  Leave   carry-over \n")).isEqualTo("Leave carry-over");
        assertThat(PostText.title("x".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> PostText.title("x".repeat(201))).isInstanceOf(ForumRefusedException.class);
    }

    @Test
    void tagsAreKeptInOneForm() {
        assertThat(PostText.tags(List.of(" FOI ", "Freedom  of information", "foi", "", "x".repeat(80))))
                .containsExactly("foi", "freedom of information", "x".repeat(60));
    }

    @Test
    void aQuoteNamesTheAuthorAndQuotesEveryLine() {
        assertThat(PostText.quote("Ann *Bold*", "one\n\ntwo"))
                .isEqualTo("> **Ann Bold** wrote:\n>\n> one\n>\n> two\n\n");
    }
}
