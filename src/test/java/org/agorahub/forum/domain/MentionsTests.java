package org.agorahub.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTests {

    @Test
    void handlesAreTheEmailsLocalPartInLowerCase() {
        assertThat(Mentions.in("Thanks @Sam.Patel, and @kim-lee: see (@jo_o)."))
                .containsExactly("sam.patel", "kim-lee", "jo_o");
    }

    @Test
    void aTrailingFullStopOrApostropheIsNotPartOfTheHandle() {
        assertThat(Mentions.in("Ask @sam.patel. It is @kim.lee’s call.")).containsExactly("sam.patel", "kim.lee");
    }

    @Test
    void emailAddressesCodeAndQuotesMentionNobody() {
        String text = """
                Write to sam@agora.example or see `@kim.lee` in the docs.

                ```
                @jo.smith
                ```

                > **Ann** wrote:
                > thanks @ann.other

                Over to @bea.b
                """;
        assertThat(Mentions.in(text)).containsExactly("bea.b");
    }

    @Test
    void onePostMentionsAtMostTwentyPeopleAndEachOnce() {
        String many = IntStream.range(0, 30).mapToObj(i -> "@p" + i).collect(Collectors.joining(" "));
        assertThat(Mentions.in(many)).hasSize(Mentions.MAX_PER_POST);
        assertThat(Mentions.in("@sam @SAM @sam")).containsExactly("sam");
        assertThat(Mentions.in(null)).isEmpty();
    }
}
