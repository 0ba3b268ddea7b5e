package org.agorahub.demo;

import static org.agorahub.demo.DemoTopics.pick;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agorahub.demo.DemoTopics.Faq;
import org.agorahub.demo.DemoTopics.Topic;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the demo documents: composes a believable public-sector document (a policy, guidance, minutes, a how-to,
 * FAQs, a template, a report, a register or a briefing) from {@link DemoTopics}, and renders it in any of the twelve
 * formats a library accepts, with the same libraries (POI, PDFBox) that read them back. The same seed and day give
 * the same documents.
 */
final class DemoDocuments {

    /** What sort of document it is; each sort has the formats such documents usually come in. */
    enum Kind {
        POLICY("policy", Format.PDF, Format.PDF, Format.DOCX, Format.DOCX, Format.ODT, Format.RTF, Format.HTML),
        GUIDANCE(
                "guidance", Format.PDF, Format.DOCX, Format.HTML, Format.HTML, Format.MARKDOWN, Format.ODT, Format.TXT),
        MINUTES("minutes", Format.DOCX, Format.DOCX, Format.ODT, Format.PDF, Format.TXT, Format.RTF, Format.MARKDOWN),
        HOW_TO("how-to", Format.MARKDOWN, Format.MARKDOWN, Format.HTML, Format.TXT, Format.DOCX, Format.PDF),
        FAQ("faq", Format.HTML, Format.HTML, Format.MARKDOWN, Format.TXT, Format.DOCX, Format.ODT),
        TEMPLATE("template", Format.DOCX, Format.DOCX, Format.ODT, Format.RTF, Format.RTF),
        REPORT("report", Format.PDF, Format.PDF, Format.DOCX, Format.PPTX, Format.ODP, Format.ODT),
        REGISTER("register", Format.XLSX, Format.XLSX, Format.ODS, Format.CSV, Format.CSV),
        BRIEFING("briefing", Format.PPTX, Format.PPTX, Format.ODP, Format.PDF);

        final String tag;
        final List<Format> formats;

        Kind(String tag, Format... formats) {
            this.tag = tag;
            this.formats = List.of(formats);
        }
    }

    /** The twelve formats a library accepts, by their usual extension. */
    enum Format {
        PDF("pdf"),
        DOCX("docx"),
        XLSX("xlsx"),
        PPTX("pptx"),
        ODT("odt"),
        ODS("ods"),
        ODP("odp"),
        TXT("txt"),
        MARKDOWN("md"),
        HTML("html"),
        CSV("csv"),
        RTF("rtf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** A heading with paragraphs and then a list (bulleted or numbered); any part may be empty. */
    record Section(String heading, List<String> paragraphs, List<String> items, boolean numbered) {

        static Section text(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of(), false);
        }

        static Section list(String heading, List<String> items, boolean numbered) {
            return new Section(heading, List.of(), items, numbered);
        }
    }

    /** Cells are {@link String} or {@link Number}. */
    record Table(String name, List<String> header, List<List<Object>> rows) {}

    record Content(String title, String summary, List<Section> sections, Table table) {}

    /** One document, composed and ready to render. */
    record Generated(
            String title,
            String description,
            Set<String> tags,
            Topic topic,
            Kind kind,
            Format format,
            Content content) {

        String fileName() {
            String slug =
                    title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            if (slug.length() > 80) {
                slug = slug.substring(0, 80).replaceAll("-+$", "");
            }
            return slug + "." + format.extension;
        }

        byte[] bytes() {
            return render(format, content);
        }
    }

    private static final List<Kind> KINDS = weighted(
            Kind.POLICY,
            3,
            Kind.GUIDANCE,
            5,
            Kind.MINUTES,
            4,
            Kind.HOW_TO,
            4,
            Kind.FAQ,
            2,
            Kind.TEMPLATE,
            2,
            Kind.REPORT,
            3,
            Kind.REGISTER,
            3,
            Kind.BRIEFING,
            2);

    private final Random random;
    private final LocalDate today;
    private final Set<String> titles = new HashSet<>();
    /** The topic's facts not yet used in the document being composed, so that none is said twice. */
    private final List<String> unusedFacts = new ArrayList<>();

    DemoDocuments(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** A document of the usual mix of kinds about one of the topics. */
    Generated next(List<Topic> topics, List<String> people) {
        return next(pick(random, topics), pick(random, KINDS), people);
    }

    /** A document of one of these kinds (repeat a kind to make it likelier) about one of the topics. */
    Generated next(List<Topic> topics, List<Kind> kinds, List<String> people) {
        return next(pick(random, topics), pick(random, kinds), people);
    }

    Generated next(Topic topic, Kind kind, List<String> people) {
        return next(topic, kind, pick(random, kind.formats), people);
    }

    Generated next(Topic topic, Kind kind, Format format, List<String> people) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("documents need people to name");
        }
        Content content = compose(topic, kind, people);
        Set<String> tags = new LinkedHashSet<>(
                topic.tags().subList(0, 2 + random.nextInt(topic.tags().size() - 1)));
        tags.add(kind.tag);
        return new Generated(content.title(), content.summary(), tags, topic, kind, format, content);
    }

    // --- composing

    private Content compose(Topic topic, Kind kind, List<String> people) {
        // A title already used gets another try; the few that still collide get a part number.
        Content content = null;
        for (int attempt = 0; attempt < 12; attempt++) {
            unusedFacts.clear();
            content = switch (kind) {
                case POLICY -> policy(topic);
                case GUIDANCE -> guidance(topic);
                case MINUTES -> minutes(topic, people);
                case HOW_TO -> howTo(topic);
                case FAQ -> faq(topic);
                case TEMPLATE -> template(topic);
                case REPORT -> report(topic, people);
                case REGISTER -> register(topic, people);
                case BRIEFING -> briefing(topic);
            };
            if (titles.add(content.title())) {
                return content;
            }
        }
        String title = content.title();
        for (int part = 2; !titles.add(title); part++) {
            title = content.title() + " (part " + part + ")";
        }
        return new Content(title, content.summary(), content.sections(), content.table());
    }

    private Content policy(Topic topic) {
        String aspect = pick(random, topic.aspects());
        String title = switch (random.nextInt(3)) {
            case 0 -> topic.subject() + " policy";
            case 1 -> "Policy on " + aspect;
            default -> topic.label() + " policy: " + aspect;
        };
        LocalDate approved = weekday(today.minusDays(30 + random.nextInt(700)));
        return new Content(
                title,
                "The Department's policy on " + aspect + ", owned by " + topic.owner() + ".",
                List.of(
                        Section.text(
                                "Purpose",
                                "This policy sets out how the Department handles " + aspect
                                        + ". It applies to all staff, contractors and secondees. " + fact(topic)),
                        Section.text(
                                "Scope",
                                "It covers " + topic.subject().toLowerCase(Locale.ROOT)
                                        + " in every team and office, including work done at home. " + fact(topic)),
                        Section.text("Policy statement", facts(topic, 3), facts(topic, 3)),
                        Section.list("Principles", distinctFacts(topic, 3), false),
                        Section.text(
                                "Roles and responsibilities",
                                capitalise(topic.owner()) + " owns this policy and answers questions about it. "
                                        + "Line managers make sure that their teams know it and follow it. "
                                        + "Everyone asks for advice when they are unsure, before acting."),
                        Section.text(
                                "Approval and review",
                                "Version 1." + random.nextInt(6) + ", approved by the " + topic.meeting() + " on "
                                        + DemoTopics.DAY.format(approved) + ". Next review due "
                                        + DemoTopics.DAY.format(approved.plusYears(1)) + ".")),
                null);
    }

    private Content guidance(Topic topic) {
        String aspect = pick(random, topic.aspects());
        String audience = pick(random, DemoTopics.AUDIENCES);
        String title = switch (random.nextInt(3)) {
            case 0 -> "Guidance on " + aspect;
            case 1 -> topic.label() + ": guidance on " + aspect + " for " + audience;
            default -> capitalise(aspect) + ": guidance for " + audience;
        };
        return new Content(
                title,
                "Practical guidance for " + audience + " on " + aspect + ".",
                List.of(
                        Section.text(
                                "Summary",
                                "This guidance explains " + aspect + " for " + audience + ". " + fact(topic)),
                        Section.text("What you need to know", facts(topic, 3), facts(topic, 2)),
                        Section.list("What to do", steps(topic, 4), true),
                        Section.list("Things to watch for", distinctFacts(topic, 3), false),
                        Section.text(
                                "Getting help",
                                "Ask " + topic.owner() + " or post a question in the " + topic.label()
                                        + " forum. Answers to common questions are in the FAQ in this library.")),
                null);
    }

    private Content minutes(Topic topic, List<String> people) {
        LocalDate date = weekday(today.minusDays(7 + random.nextInt(540)));
        List<String> attendees = some(people, 4, 7);
        List<String> others = new ArrayList<>(people);
        others.removeAll(attendees);
        List<String> apologies = others.isEmpty() ? List.of("None") : some(others, 1, 2);
        List<String> agenda = some(topic.aspects(), 2, 2);
        String first = agenda.get(0);
        String second = agenda.get(1);
        List<String> actions = new ArrayList<>();
        for (String task : some(topic.tasks(), 2, 4)) {
            actions.add(pick(random, attendees) + " to " + task + " and report back by "
                    + DemoTopics.DAY.format(weekday(date.plusDays(7 + random.nextInt(40)))) + ".");
        }
        List<String> named = new ArrayList<>(attendees);
        named.set(0, named.get(0) + " (chair)");
        int done = random.nextInt(5);
        return new Content(
                "Minutes of the " + topic.meeting() + ", " + DemoTopics.DAY.format(date),
                "Minutes of the " + topic.meeting() + " held on " + DemoTopics.DAY.format(date) + ".",
                List.of(
                        Section.list("Attendees", named, false),
                        Section.list("Apologies", apologies, false),
                        Section.text(
                                "1. Minutes and actions from the last meeting",
                                "The minutes of the previous meeting were agreed as an accurate record. " + done
                                        + " of " + (done + 2)
                                        + " actions are complete; the others are carried forward."),
                        Section.text(
                                "2. " + capitalise(first),
                                pick(random, attendees) + " introduced the item. " + facts(topic, 2)
                                        + " Members agreed to keep the matter on the agenda.",
                                pick(random, attendees) + " noted that " + lowerFirst(fact(topic))),
                        Section.text(
                                "3. " + capitalise(second),
                                pick(random, attendees) + " gave an update. " + facts(topic, 2)),
                        Section.text(
                                "4. Any other business",
                                random.nextBoolean()
                                        ? "None."
                                        : pick(random, attendees) + " reminded members that "
                                                + lowerFirst(fact(topic))),
                        Section.list("Actions", actions, true),
                        Section.text(
                                "Next meeting",
                                DemoTopics.DAY.format(weekday(date.plusWeeks(4 + random.nextInt(5))))
                                        + ", 10:00, room 4.12 and online.")),
                null);
    }

    private Content howTo(Topic topic) {
        String task = pick(random, topic.tasks());
        return new Content(
                "How to " + task,
                "Step-by-step instructions: how to " + task + ".",
                List.of(
                        Section.text("Before you start", fact(topic) + " " + fact(topic)),
                        Section.list("Steps", steps(topic, 4 + random.nextInt(3)), true),
                        Section.text(
                                "If something goes wrong",
                                "Contact " + topic.owner() + ". Say what you were trying to do and what happened."),
                        Section.list(
                                "Related guidance",
                                some(topic.aspects(), 2, 3).stream()
                                        .map(a -> "Guidance on " + a)
                                        .toList(),
                                false)),
                null);
    }

    private Content faq(Topic topic) {
        String audience = pick(random, DemoTopics.AUDIENCES);
        String title = switch (random.nextInt(3)) {
            case 0 -> topic.subject() + ": frequently asked questions";
            case 1 -> topic.label() + ": questions from " + audience;
            default -> topic.label() + " FAQ: " + pick(random, topic.aspects());
        };
        List<Faq> faqs = new ArrayList<>(topic.faqs());
        Collections.shuffle(faqs, random);
        List<Section> sections = new ArrayList<>();
        for (Faq faq : faqs) {
            sections.add(Section.text(faq.question(), faq.answer()));
        }
        sections.add(Section.text(
                "Where can I find out more?",
                "Read the guidance in this library or ask " + topic.owner() + ". " + fact(topic)));
        return new Content(
                title,
                "Answers to the questions " + audience + " ask most about "
                        + topic.label().toLowerCase(Locale.ROOT) + ".",
                sections,
                null);
    }

    private Content template(Topic topic) {
        String form = pick(random, topic.templates());
        String title = random.nextBoolean() ? "Template: " + form : capitalise(form) + " template";
        return new Content(
                title,
                "A template for the " + form + "; copy it and fill in the parts in square brackets.",
                List.of(
                        Section.text(
                                "How to use this template",
                                "Save a copy in your team's library, fill in each section and delete the guidance in "
                                        + "square brackets. " + fact(topic)),
                        Section.list(
                                "Details",
                                List.of(
                                        "Reference: [reference number]",
                                        "Date: [date]",
                                        "Prepared by: [name, team]",
                                        "Approved by: [name, role]"),
                                false),
                        Section.text("1. Background", "[Describe the background in no more than three paragraphs.]"),
                        Section.text("2. Details", "[Set out the details.] Guidance: " + fact(topic)),
                        Section.text(
                                "3. Decision or next steps",
                                "[State what is decided or what happens next, " + "and who does it.] Guidance: "
                                        + fact(topic)),
                        Section.text("4. Sign-off", "[Name, role and date of the person approving.]")),
                null);
    }

    private Content report(Topic topic, List<String> people) {
        String aspect = pick(random, topic.aspects());
        int year = today.getYear() - random.nextInt(3);
        String financialYear = year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
        String title = switch (random.nextInt(4)) {
            case 0 -> topic.label() + " report, Q" + (1 + random.nextInt(4)) + " " + financialYear;
            case 1 -> topic.subject() + ": annual report " + financialYear;
            case 2 -> "Review of " + aspect;
            default -> "Lessons learned: " + aspect;
        };
        return new Content(
                title,
                "A report on " + aspect + " with findings and recommendations.",
                List.of(
                        Section.text("Summary", "This report looks at " + aspect + ". " + facts(topic, 2)),
                        Section.text(
                                "Findings",
                                facts(topic, 2) + " In the period, " + (60 + random.nextInt(39))
                                        + " per cent of the measures were on track.",
                                facts(topic, 2)),
                        Section.list("Recommendations", steps(topic, 3), true),
                        Section.text(
                                "Next steps",
                                capitalise(topic.owner()) + " will report progress to the " + topic.meeting() + ".")),
                table(topic, people, 6 + random.nextInt(5)));
    }

    private Content register(Topic topic, List<String> people) {
        String name = topic.table().name();
        int year = today.getYear() - random.nextInt(3);
        String title = switch (random.nextInt(3)) {
            case 0 -> name + " " + year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
            case 1 ->
                name + " - " + topic.label() + " ("
                        + today.minusMonths(random.nextInt(24)).getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                        + " " + year + ")";
            default -> name + " for the " + topic.meeting();
        };
        return new Content(
                title,
                name + " kept by " + topic.owner() + ".",
                List.of(Section.text("About this register", "Kept by " + topic.owner() + ". " + fact(topic))),
                table(topic, people, 12 + random.nextInt(19)));
    }

    private Content briefing(Topic topic) {
        String aspect = pick(random, topic.aspects());
        String audience = pick(random, DemoTopics.AUDIENCES);
        String title = switch (random.nextInt(3)) {
            case 0 -> "Briefing: " + aspect;
            case 1 -> topic.label() + " briefing for " + audience;
            default -> capitalise(aspect) + ": update for the " + topic.meeting();
        };
        return new Content(
                title,
                "Slides briefing " + audience + " on " + aspect + ".",
                List.of(
                        Section.list("Context", distinctFacts(topic, 3), false),
                        Section.list("Key points", distinctFacts(topic, 3), false),
                        Section.list("What we need from you", steps(topic, 3), false),
                        Section.list(
                                "Next steps",
                                List.of(
                                        "Questions to " + topic.owner(),
                                        "Update at the next " + topic.meeting(),
                                        "Guidance in the library"),
                                false)),
                null);
    }

    private Table table(Topic topic, List<String> people, int rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(topic.table().rows().row(random, i, people, today));
        }
        return new Table(topic.table().name(), topic.table().header(), cells);
    }

    private String fact(Topic topic) {
        if (unusedFacts.isEmpty()) {
            unusedFacts.addAll(topic.facts());
            Collections.shuffle(unusedFacts, random);
        }
        return unusedFacts.remove(unusedFacts.size() - 1);
    }

    private String facts(Topic topic, int count) {
        return String.join(" ", distinctFacts(topic, count));
    }

    private List<String> distinctFacts(Topic topic, int count) {
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(fact(topic));
        }
        return facts;
    }

    /** Some of the topic's steps, in their order. */
    private List<String> steps(Topic topic, int count) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < topic.steps().size(); i++) {
            chosen.add(i);
        }
        Collections.shuffle(chosen, random);
        return chosen.subList(0, Math.min(count, chosen.size())).stream()
                .sorted()
                .map(topic.steps()::get)
                .toList();
    }

    private <T> List<T> some(List<T> items, int min, int max) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        int count = Math.min(copy.size(), min + random.nextInt(max - min + 1));
        return List.copyOf(copy.subList(0, count));
    }

    private static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.minusDays(1) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "The pilot collects..." as it reads after "noted that"; acronyms ("WCAG ...") stay as they are. */
    private static String lowerFirst(String sentence) {
        if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1))) {
            return sentence;
        }
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static <T> List<T> weighted(Object... itemsAndWeights) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < itemsAndWeights.length; i += 2) {
            @SuppressWarnings("unchecked")
            T item = (T) itemsAndWeights[i];
            for (int n = 0; n < (Integer) itemsAndWeights[i + 1]; n++) {
                list.add(item);
            }
        }
        return List.copyOf(list);
    }

    // --- rendering

    static byte[] render(Format format, Content content) {
        return switch (format) {
            case PDF -> pdf(content);
            case DOCX -> docx(content);
            case XLSX -> xlsx(content);
            case PPTX -> pptx(content);
            case ODT -> odt(content);
            case ODS -> ods(content);
            case ODP -> odp(content);
            case TXT -> utf8(text(content));
            case MARKDOWN -> utf8(markdown(content));
            case HTML -> utf8(html(content));
            case CSV -> utf8(csv(content));
            case RTF -> rtf(content).getBytes(StandardCharsets.US_ASCII);
        };
    }

    static String text(Content content) {
        StringBuilder out = new StringBuilder();
        out.append(content.title())
                .append('\n')
                .append("=".repeat(content.title().length()))
                .append("\n\n");
        out.append(content.summary()).append("\n\n");
        for (Section section : content.sections()) {
            out.append(section.heading())
                    .append('\n')
                    .append("-".repeat(section.heading().length()))
                    .append("\n\n");
            for (String paragraph : section.paragraphs()) {
                out.append(paragraph).append("\n\n");
            }
            items(
                    section,
                    (marker, item) ->
                            out.append(marker).append(' ').append(item).append('\n'));
            if (!section.items().isEmpty()) {
                out.append('\n');
            }
        }
        if (content.table() != null) {
            out.append(content.table().name()).append("\n\n");
            out.append(String.join(" | ", content.table().header())).append('\n');
            for (List<Object> row : content.table().rows()) {
                out.append(row.stream().map(DemoDocuments::cell).collect(Collectors.joining(" | ")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Also the body of the demo's Markdown pages. */
    static String markdown(Content content) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(content.title()).append("\n\n");
        out.append('_').append(content.summary()).append("_\n\n");
        for (Section section : content.sections()) {
            out.append("## ").append(section.heading()).append("\n\n");
            for (String paragraph : section.paragraphs()) {
                out.append(paragraph).append("\n\n");
            }
            items(
                    section,
                    (marker, item) ->
                            out.append(marker).append(' ').append(item).append('\n'));
            if (!section.items().isEmpty()) {
                out.append('\n');
            }
        }
        if (content.table() != null) {
            Table table = content.table();
            out.append("## ").append(table.name()).append("\n\n");
            out.append("| ").append(String.join(" | ", table.header())).append(" |\n");
            out.append("|").append(" --- |".repeat(table.header().size())).append('\n');
            for (List<Object> row : table.rows()) {
                out.append("| ")
                        .append(row.stream()
                                .map(c -> cell(c).replace("|", "\\|"))
                                .collect(Collectors.joining(" | ")))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    static String html(Content content) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(content.title()))
                .append("</title>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(content.title()))
                .append("</h1>\n<p class=\"summary\">")
                .append(escape(content.summary()))
                .append("</p>\n");
        for (Section section : content.sections()) {
            out.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                out.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            if (!section.items().isEmpty()) {
                String list = section.numbered() ? "ol" : "ul";
                out.append('<').append(list).append(">\n");
                for (String item : section.items()) {
                    out.append("<li>").append(escape(item)).append("</li>\n");
                }
                out.append("</").append(list).append(">\n");
            }
        }
        if (content.table() != null) {
            Table table = content.table();
            out.append("<table>\n<caption>").append(escape(table.name())).append("</caption>\n<thead><tr>");
            for (String heading : table.header()) {
                out.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<Object> row : table.rows()) {
                out.append("<tr>");
                for (Object cell : row) {
                    out.append("<td>").append(escape(cell(cell))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A title line as spreadsheets exported with one have it, then the header and the rows. */
    static String csv(Content content) {
        StringBuilder out = new StringBuilder();
        out.append(csvField(content.title())).append("\r\n");
        for (List<?> row : sheetRows(content)) {
            out.append(row.stream().map(c -> csvField(cell(c))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }

    /** The table with its header; a document without a table becomes one row per paragraph or item. */
    private static List<List<?>> sheetRows(Content content) {
        List<List<?>> rows = new ArrayList<>();
        if (content.table() != null) {
            rows.add(content.table().header());
            rows.addAll(content.table().rows());
        } else {
            rows.add(List.of("Section", "Text"));
            for (Section section : content.sections()) {
                section.paragraphs().forEach(p -> rows.add(List.of(section.heading(), p)));
                section.items().forEach(i -> rows.add(List.of(section.heading(), i)));
            }
        }
        return rows;
    }

    static String rtf(Content content) {
        StringBuilder out = new StringBuilder();
        out.append("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n{\\info{\\title ")
                .append(rtfEscape(content.title()))
                .append("}}\n\\f0\\fs22\n");
        out.append("{\\pard\\sa240\\b\\fs36 ")
                .append(rtfEscape(content.title()))
                .append("\\par}\n");
        out.append("{\\pard\\sa200\\i ").append(rtfEscape(content.summary())).append("\\par}\n");
        for (Section section : content.sections()) {
            out.append("{\\pard\\sb240\\sa120\\b\\fs28 ")
                    .append(rtfEscape(section.heading()))
                    .append("\\par}\n");
            for (String paragraph : section.paragraphs()) {
                out.append("{\\pard\\sa160 ").append(rtfEscape(paragraph)).append("\\par}\n");
            }
            items(
                    section,
                    (marker, item) -> out.append("{\\pard\\li360\\sa80 ")
                            .append(rtfEscape(marker + " " + item))
                            .append("\\par}\n"));
        }
        if (content.table() != null) {
            out.append("{\\pard\\sb240\\sa120\\b\\fs28 ")
                    .append(rtfEscape(content.table().name()))
                    .append("\\par}\n");
            for (List<?> row : sheetRows(content)) {
                out.append("{\\pard ")
                        .append(row.stream().map(c -> rtfEscape(cell(c))).collect(Collectors.joining("\\tab ")))
                        .append("\\par}\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String rtfEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c == '£') {
                out.append("\\'a3");
            } else if (c > 127) {
                out.append("\\u").append((int) c).append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static byte[] docx(Content content) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(content.title());
            run(document, content.title(), true, 20);
            run(document, content.summary(), false, 11).setItalic(true);
            for (Section section : content.sections()) {
                run(document, section.heading(), true, 14);
                for (String paragraph : section.paragraphs()) {
                    run(document, paragraph, false, 11);
                }
                items(section, (marker, item) -> run(document, marker + " " + item, false, 11));
            }
            if (content.table() != null) {
                run(document, content.table().name(), true, 14);
                List<List<?>> rows = sheetRows(content);
                XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        table.getRow(r).getCell(c).setText(cell(rows.get(r).get(c)));
                    }
                }
            }
            return write(document::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun run(XWPFDocument document, String text, boolean bold, int size) {
        XWPFRun run = document.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        return run;
    }

    static byte[] xlsx(Content content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(content.title());
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            String name = content.table() == null ? "Contents" : content.table().name();
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(content.title());
            titleCell.setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(content.summary());
            List<List<?>> rows = sheetRows(content);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                List<?> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (cells.get(c) instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(cell(cells.get(c)));
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.createFreezePane(0, 4);
            return write(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pptx(Content content) {
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.getProperties().getCoreProperties().setTitle(content.title());
            XSLFSlideMaster master = slides.getSlideMasters().get(0);
            XSLFSlideLayout titleLayout = master.getLayout(SlideLayout.TITLE);
            XSLFSlideLayout contentLayout = master.getLayout(SlideLayout.TITLE_AND_CONTENT);
            XSLFSlide first = slides.createSlide(titleLayout);
            first.getPlaceholder(0).setText(content.title());
            first.getPlaceholder(1).setText(content.summary());
            for (List<String> slide : slideTexts(content)) {
                XSLFSlide next = slides.createSlide(contentLayout);
                next.getPlaceholder(0).setText(slide.get(0));
                XSLFTextShape body = next.getPlaceholder(1);
                body.clearText();
                int characters = slide.stream().mapToInt(String::length).sum();
                // No autofit in a file written this way: long text gets a smaller size so that it stays on the slide.
                Double size = characters > 450 ? Double.valueOf(14) : characters > 250 ? Double.valueOf(18) : null;
                for (String bullet : slide.subList(1, slide.size())) {
                    body.addNewTextParagraph().addNewTextRun().setText(bullet);
                }
                if (size != null) {
                    body.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontSize(size)));
                }
                body.setAnchor(new Rectangle(36, 110, 648, 400));
            }
            return write(slides::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One slide per section (the heading, then at most six bullets), and one for the table. */
    private static List<List<String>> slideTexts(Content content) {
        List<List<String>> slides = new ArrayList<>();
        for (Section section : content.sections()) {
            List<String> slide = new ArrayList<>();
            slide.add(section.heading());
            slide.addAll(section.paragraphs());
            slide.addAll(section.items());
            slides.add(slide.subList(0, Math.min(slide.size(), 7)));
        }
        if (content.table() != null) {
            List<String> slide = new ArrayList<>();
            slide.add(content.table().name());
            for (List<Object> row : content.table()
                    .rows()
                    .subList(0, Math.min(6, content.table().rows().size()))) {
                slide.add(row.stream().map(DemoDocuments::cell).collect(Collectors.joining(", ")));
            }
            slides.add(slide);
        }
        return slides;
    }

    static byte[] pdf(Content content) {
        try (PDDocument document = new PDDocument();
                PdfWriter writer = new PdfWriter(document)) {
            document.getDocumentInformation().setTitle(content.title());
            writer.paragraph(content.title(), writer.bold, 18, 0, 6);
            writer.paragraph(content.summary(), writer.italic, 11, 0, 10);
            for (Section section : content.sections()) {
                writer.paragraph(section.heading(), writer.bold, 13, 0, 4);
                for (String paragraph : section.paragraphs()) {
                    writer.paragraph(paragraph, writer.regular, 11, 0, 6);
                }
                items(section, (marker, item) -> writer.paragraph(marker + " " + item, writer.regular, 11, 14, 2));
                writer.space(6);
            }
            if (content.table() != null) {
                writer.paragraph(content.table().name(), writer.bold, 13, 0, 4);
                for (List<?> row : sheetRows(content)) {
                    writer.paragraph(
                            row.stream().map(DemoDocuments::cell).collect(Collectors.joining("  |  ")),
                            writer.regular,
                            9,
                            0,
                            2);
                }
            }
            writer.close();
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays text out on A4 pages with the standard Helvetica fonts: wraps lines and starts new pages. */
    private static final class PdfWriter implements AutoCloseable {

        private static final float MARGIN = 60;
        private static final PDRectangle PAGE = PDRectangle.A4;

        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

        private final PDDocument document;
        private PDPageContentStream out;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void paragraph(String text, PDFont font, float size, float indent, float after) {
            try {
                float leading = size * 1.35f;
                for (String line : wrap(pdfSafe(text), font, size, PAGE.getWidth() - 2 * MARGIN - indent)) {
                    if (y - leading < MARGIN) {
                        newPage();
                    }
                    y -= leading;
                    out.beginText();
                    out.setFont(font, size);
                    out.newLineAtOffset(MARGIN + indent, y);
                    out.showText(line);
                    out.endText();
                }
                y -= after;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void space(float points) {
            y -= points;
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The standard fonts know Windows-1252 only; anything else (rare in the demo text) becomes "?". */
        private static String pdfSafe(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                out.append(c >= 32 && c < 127 || c == '£' ? c : '?');
            }
            return out.toString();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }

    // --- OpenDocument

    private static final String ODF_NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
            + " office:version=\"1.3\"";

    static byte[] odt(Content content) {
        StringBuilder body = new StringBuilder("<office:text>");
        body.append("<text:h text:outline-level=\"1\">")
                .append(escape(content.title()))
                .append("</text:h>");
        body.append("<text:p>").append(escape(content.summary())).append("</text:p>");
        for (Section section : content.sections()) {
            body.append("<text:h text:outline-level=\"2\">")
                    .append(escape(section.heading()))
                    .append("</text:h>");
            for (String paragraph : section.paragraphs()) {
                body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
            }
            if (!section.items().isEmpty()) {
                body.append("<text:list>");
                items(
                        section,
                        (marker, item) -> body.append("<text:list-item><text:p>")
                                .append(escape(section.numbered() ? marker + " " + item : item))
                                .append("</text:p></text:list-item>"));
                body.append("</text:list>");
            }
        }
        if (content.table() != null) {
            body.append("<text:h text:outline-level=\"2\">")
                    .append(escape(content.table().name()))
                    .append("</text:h>");
            odfTable(body, content.table().name(), sheetRows(content));
        }
        body.append("</office:text>");
        return odf("text", content.title(), body.toString());
    }

    static byte[] ods(Content content) {
        StringBuilder body = new StringBuilder("<office:spreadsheet>");
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(content.title()));
        rows.add(List.of(content.summary()));
        rows.addAll(sheetRows(content));
        odfTable(body, content.table() == null ? "Contents" : content.table().name(), rows);
        body.append("</office:spreadsheet>");
        return odf("spreadsheet", content.title(), body.toString());
    }

    private static void odfTable(StringBuilder out, String name, List<List<?>> rows) {
        out.append("<table:table table:name=\"").append(escape(name)).append("\">");
        for (List<?> row : rows) {
            out.append("<table:table-row>");
            for (Object cell : row) {
                if (cell instanceof Number number) {
                    out.append("<table:table-cell office:value-type=\"float\" office:value=\"")
                            .append(number)
                            .append("\"><text:p>")
                            .append(number)
                            .append("</text:p></table:table-cell>");
                } else {
                    out.append("<table:table-cell office:value-type=\"string\"><text:p>")
                            .append(escape(cell(cell)))
                            .append("</text:p></table:table-cell>");
                }
            }
            out.append("</table:table-row>");
        }
        out.append("</table:table>");
    }

    static byte[] odp(Content content) {
        StringBuilder body = new StringBuilder("<office:presentation>");
        List<List<String>> slides = new ArrayList<>();
        slides.add(List.of(content.title(), content.summary()));
        slides.addAll(slideTexts(content));
        int number = 1;
        for (List<String> slide : slides) {
            body.append("<draw:page draw:name=\"page")
                    .append(number++)
                    .append("\">")
                    .append("<draw:frame presentation:class=\"title\" svg:x=\"2cm\" svg:y=\"1cm\""
                            + " svg:width=\"24cm\" svg:height=\"3cm\"><draw:text-box><text:p>")
                    .append(escape(slide.get(0)))
                    .append("</text:p></draw:text-box></draw:frame>")
                    .append("<draw:frame presentation:class=\"outline\" svg:x=\"2cm\" svg:y=\"4.5cm\""
                            + " svg:width=\"24cm\" svg:height=\"13cm\"><draw:text-box><text:list>");
            for (String bullet : slide.subList(1, slide.size())) {
                body.append("<text:list-item><text:p>").append(escape(bullet)).append("</text:p></text:list-item>");
            }
            body.append("</text:list></draw:text-box></draw:frame></draw:page>");
        }
        body.append("</office:presentation>");
        return odf("presentation", content.title(), body.toString());
    }

    /** An OpenDocument package: the mimetype entry first and uncompressed, as the standard requires. */
    private static byte[] odf(String type, String title, String body) {
        String mimeType = "application/vnd.oasis.opendocument." + type;
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + ODF_NAMESPACES
                + "><office:body>" + body + "</office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta><dc:title>"
                + escape(title) + "</dc:title></office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimeType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();
            for (String[] entry :
                    List.of(new String[] {"content.xml", content}, new String[] {"meta.xml", meta}, new String[] {
                        "META-INF/manifest.xml", manifest
                    })) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(utf8(entry[1]));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // --- small things

    private interface ItemWriter {
        void item(String marker, String item);
    }

    private static void items(Section section, ItemWriter writer) {
        int number = 1;
        for (String item : section.items()) {
            writer.item(section.numbered() ? (number++) + "." : "-", item);
        }
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    /** For HTML and XML text and attributes. */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writing.to(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
