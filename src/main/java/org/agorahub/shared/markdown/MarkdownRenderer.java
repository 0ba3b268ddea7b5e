package org.agorahub.shared.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown written by people (library pages, later forum posts) into HTML that is safe to insert unescaped
 * ({@code th:utext}), and into plain text for search and previews.
 *
 * <p>Raw HTML in the Markdown is escaped, not passed through a filter: an author who types {@code <video>} or pastes
 * a snippet sees exactly what they typed instead of having parts of it vanish silently, and there is no HTML dialect
 * for us to support. The sanitiser then runs over the rendered HTML anyway, as a second wall: it is what removes
 * {@code javascript:} and other unsafe link and image targets that Markdown syntax itself can produce, and it keeps
 * a future renderer change from opening a hole. Nothing it lets through carries a {@code style} attribute, because
 * the Content Security Policy forbids inline styles.
 *
 * <p>Parser, renderers and policy are immutable, so one instance serves all threads.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /**
     * Image sources: web addresses or addresses on this site; no {@code data:}, no {@code mailto:}. An image whose
     * source is refused keeps only its alt text.
     */
    private static final Pattern IMAGE_SOURCE = Pattern.compile("(?i)(https?:|/|\\./|\\.\\./|[^:/?#]+(?:[/?#]|$)).*");

    /** Fenced code blocks keep their {@code language-xyz} class so highlighting can be added without a re-render. */
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    private static final Pattern TABLE_ALIGN = Pattern.compile("(?i)left|center|right");

    private static final String[] ELEMENTS = ("p br hr h1 h2 h3 h4 h5 h6 strong em del code pre blockquote ul ol li"
                    + " table thead tbody tr th td a img")
            .split(" ");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS)
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(CODE_LANGUAGE)
            .onElements("code")
            // Column alignment from GFM tables arrives as the old align attribute, which needs no inline style.
            .allowAttributes("align")
            .matching(TABLE_ALIGN)
            .onElements("th", "td")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("src")
            .matching(IMAGE_SOURCE)
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .allowAttributes("title")
            .onElements("a")
            // Relative addresses and #fragments need no protocol; everything else must be one of these.
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer htmlRenderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    private final TextContentRenderer textRenderer =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** Sanitised HTML for the Markdown; {@code ""} for null or blank input. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(htmlRenderer.render(parse(markdown)));
    }

    /**
     * The text a reader would see, without markup, for the search index and for short previews; {@code ""} for null
     * or blank input. It is plain text, so it must be escaped like any other text when shown.
     */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return textRenderer.render(parse(markdown)).strip();
    }

    private Node parse(String markdown) {
        return parser.parse(markdown);
    }
}
