package org.agorahub.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTests {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private static final String LINK_RELS = "rel=\"nofollow noopener noreferrer\"";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsAndInlineFormatting() {
        String html = renderer.toSafeHtml("# Onboarding\n\n## First week\n\nRead **this** and *that*.");

        assertThat(html)
                .contains("<h1>Onboarding</h1>")
                .contains("<h2>First week</h2>")
                .contains("<strong>this</strong>")
                .contains("<em>that</em>");
        assertThat(html).doesNotContain("id=");
    }

    @Test
    void rendersListsKeepingTheStartOfANumberedList() {
        String html = renderer.toSafeHtml("- apples\n- pears\n\n3. third\n4. fourth\n");

        assertThat(html).contains("<ul>", "<li>apples</li>", "<li>pears</li>", "<ol start=\"3\">", "<li>third</li>");
    }

    @Test
    void rendersTablesWithAlignmentButWithoutInlineStyles() {
        String html = renderer.toSafeHtml("| Room | Seats |\n|:-----|------:|\n| Oak | 12 |\n");

        assertThat(html)
                .contains("<table>", "<thead>", "<tbody>")
                .contains("<th align=\"left\">Room</th>", "<th align=\"right\">Seats</th>")
                .contains("<td align=\"left\">Oak</td>", "<td align=\"right\">12</td>");
        assertThat(html).doesNotContain("style");
    }

    @Test
    void rendersCodeBlocksWithTheirContentEscaped() {
        String html = renderer.toSafeHtml("Use `mvn verify`.\n\n```java\nif (a < b && c) { run(\"<b>\"); }\n```\n");

        assertThat(html).contains("<code>mvn verify</code>").contains("<pre><code class=\"language-java\">");
        assertThat(visibleText(html)).contains("if (a < b && c) { run(\"<b>\"); }");
        assertThat(tags(html)).doesNotContain("<b>");
    }

    @Test
    void rendersBlockquotesAndRules() {
        String html = renderer.toSafeHtml("> quoted\n\n---\n");

        assertThat(html).contains("<blockquote>", "quoted", "<hr />");
    }

    @Test
    void safeLinksKeepTheirAddressAndGetNofollow() {
        String html = renderer.toSafeHtml(
                "[handbook](https://example.org/handbook?a=1&b=2), [library](/libraries/7), [below](#setup) and"
                        + " [mail](mailto:help@example.org)");

        assertThat(hrefs(html))
                .containsExactly(
                        "https://example.org/handbook?a&#61;1&amp;b&#61;2",
                        "/libraries/7",
                        "#setup",
                        "mailto:help&#64;example.org");
        assertThat(html).contains("<a href=\"https://example.org/handbook?a&#61;1&amp;b&#61;2\" " + LINK_RELS + ">");
        assertThat(count(html, LINK_RELS)).isEqualTo(4);
    }

    @Test
    void imagesFromTheWebOrThisSiteAreKeptWithAltText() {
        String html =
                renderer.toSafeHtml("![Floor plan](https://example.org/plan.png \"Level 2\") ![Logo](/img/logo.svg)");

        assertThat(html)
                .contains("src=\"https://example.org/plan.png\"", "alt=\"Floor plan\"", "title=\"Level 2\"")
                .contains("src=\"/img/logo.svg\"", "alt=\"Logo\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![pixel](data:image/png;base64,iVBORw0KGgo=)",
                "![mail](mailto:someone@example.org)",
                "![x](javascript:alert(1))"
            })
    void imagesWithOtherSourcesLoseTheirSourceButKeepTheirAltText(String markdown) {
        String html = renderer.toSafeHtml(markdown);

        assertThat(html).containsPattern("<img alt=\"[a-z]+\" />").doesNotContain("src=");
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "<script>alert(1)</script>"),
                Arguments.of("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
                Arguments.of("[x](javascript:alert(1))", "x"),
                Arguments.of("[x](JAVASCRIPT:alert(1))", "x"),
                Arguments.of("[x](java&#09;script:alert(1))", "x"),
                Arguments.of("[x](data:text/html;base64,PHNjcmlwdD4=)", "x"),
                Arguments.of("![x](javascript:alert(1))", ""),
                Arguments.of("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"javascript:alert(1)\">x</a>"),
                Arguments.of("<iframe src=//evil>", "<iframe src=//evil>"),
                Arguments.of("<svg onload=alert(1)>", "<svg onload=alert(1)>"),
                Arguments.of(
                        "<div style=\"background:url(javascript:alert(1))\">",
                        "<div style=\"background:url(javascript:alert(1))\">"),
                Arguments.of("<javascript:alert(1)>", "javascript:alert(1)"),
                Arguments.of("Text with <b onclick=\"alert(1)\">inline</b> HTML", "<b onclick=\"alert(1)\">inline</b>"),
                Arguments.of("[x](vbscript:msgbox(1))", "x"),
                Arguments.of("[x]: javascript:alert(1)\n\n[click][x]", "click"));
    }

    /*
     * The author's text may legitimately contain words such as "onerror" or "javascript:" (escaped, as text), so the
     * checks look at the markup the browser would act on: every tag and every link or image address.
     */
    @ParameterizedTest
    @MethodSource("attacks")
    void attacksAreNeutralisedAndTheAuthorsTextStaysVisible(String markdown, String visible) {
        String html = renderer.toSafeHtml(markdown);
        String markup = tags(html).toLowerCase(Locale.ROOT);

        assertThat(markup)
                .doesNotContain("<script", "<iframe", "<svg", "<div", "<object", "<embed", "<form", "<input")
                .doesNotContain("onerror", "onload", "onclick", "javascript:", "vbscript:", "data:")
                .doesNotContain("style=");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<svg", "style=");
        for (String url : urls(html)) {
            assertThat(url).matches("(https?:|mailto:|/|#|[^:]*$).*");
        }
        assertThat(visibleText(html)).contains(visible);
    }

    @Test
    void rawHtmlIsShownAsTextSoTheAuthorSeesWhatTheyTyped() {
        String html = renderer.toSafeHtml("<details><summary>More</summary>Hidden</details>");

        assertThat(tags(html)).doesNotContain("details", "summary");
        assertThat(visibleText(html)).contains("<details><summary>More</summary>Hidden</details>");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t\n"})
    void nothingToRenderGivesEmptyText(String markdown) {
        assertThat(renderer.toSafeHtml(markdown)).isEmpty();
        assertThat(renderer.toPlainText(markdown)).isEmpty();
    }

    @Test
    void plainTextHasTheWordsWithoutMarkup() {
        String text = renderer.toPlainText(
                "# Onboarding\n\nRead **the handbook** at [the wiki](https://example.org).\n\n| Room | Seats |\n"
                        + "|---|---|\n| Oak | 12 |\n");

        assertThat(text).contains("Onboarding", "Read the handbook at \"the wiki\"", "Room", "Oak", "12");
        assertThat(text).doesNotContain("#", "**", "](", "|---");
    }

    private static String tags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return String.join("", tags);
    }

    private static List<String> urls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = URL_ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            urls.add(decode(matcher.group(1)));
        }
        return urls;
    }

    private static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            hrefs.add(matcher.group(1));
        }
        return hrefs;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** What a reader sees: tags removed, character references decoded. */
    private static String visibleText(String html) {
        return decode(TAG.matcher(html).replaceAll(""));
    }

    private static String decode(String text) {
        Matcher matcher = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|quot|amp|apos);")
                .matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement = switch (entity) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "amp" -> "&";
                case "apos" -> "'";
                default ->
                    Character.toString(
                            entity.startsWith("#x")
                                    ? Integer.parseInt(entity.substring(2), 16)
                                    : Integer.parseInt(entity.substring(1)));
            };
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }
}
