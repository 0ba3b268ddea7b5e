package org.agorahub.bench.cranfield;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Stand-in for (a), "Agora's search as configured for users", until the Hibernate Search index exists: the analysis
 * chain and field weighting the search issue is meant to configure, run on plain Lucene. Labelled "Agora analysis
 * (candidate)" in the results so nobody mistakes it for the application.
 *
 * <p>Analysis, identical at index and query time: standard tokenizer → lower case → ASCII folding → English
 * possessive ("’s") removal → English stop words (Lucene's list) → a stemmer ({@link Stemmer}). Title and abstract
 * are separate fields, each with its own BM25 length normalisation; a query term is looked up in both and the title
 * match counts {@code titleBoost} times (default OR between terms).
 *
 * <p>The same chain for Hibernate Search, in a {@code LuceneAnalysisConfigurer}:
 *
 * <pre>{@code
 * context.analyzer("english").custom()
 *         .tokenizer(StandardTokenizerFactory.NAME)
 *         .tokenFilter(LowerCaseFilterFactory.NAME)
 *         .tokenFilter(ASCIIFoldingFilterFactory.NAME)
 *         .tokenFilter(EnglishPossessiveFilterFactory.NAME)
 *         .tokenFilter(StopFilterFactory.NAME)           // no "words" parameter: Lucene's English stop words
 *         .tokenFilter(PorterStemFilterFactory.NAME);    // or KStemFilterFactory / EnglishMinimalStemFilterFactory
 * }</pre>
 */
final class AgoraAnalyzerCandidate extends LuceneSearchSystem {

    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String TEXT = "text";

    /** Title boost meaning "no separate title field": title and abstract go into one {@code text} field. */
    static final float ONE_FIELD = 0f;

    /** The last step of the chain; the benchmark measures each. */
    enum Stemmer {
        /** Porter's algorithm: aggressive ("aerodynamics", "aerodynamic" → "aerodynam"). */
        PORTER("Porter", PorterStemFilterFactory.NAME),
        /** Krovetz: dictionary-backed, stems less and returns real words. */
        KSTEM("KStem", KStemFilterFactory.NAME),
        /** Plural removal only ("wings" → "wing"). */
        MINIMAL("English minimal", EnglishMinimalStemFilterFactory.NAME);

        final String label;
        final String factory;

        Stemmer(String label, String factory) {
            this.label = label;
            this.factory = factory;
        }
    }

    private final Stemmer stemmer;
    private final float titleBoost;
    private final Analyzer analyzer;

    /**
     * @param titleBoost weight of a match in the title field against 1 for the abstract, or {@link #ONE_FIELD} for a
     *     single field holding both (to tell the analysis apart from the field weighting)
     */
    AgoraAnalyzerCandidate(Stemmer stemmer, float titleBoost) {
        this.stemmer = stemmer;
        this.titleBoost = titleBoost;
        this.analyzer = analyzer(stemmer);
    }

    /** The analysis chain with the given stemmer, built from the same factories Hibernate Search configures. */
    static Analyzer analyzer(Stemmer stemmer) {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                    .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                    .addTokenFilter(StopFilterFactory.NAME)
                    .addTokenFilter(stemmer.factory)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        String fields = titleBoost == ONE_FIELD
                ? "one field"
                : "title x"
                        + (titleBoost == Math.rint(titleBoost)
                                ? Integer.toString((int) titleBoost)
                                : Float.toString(titleBoost));
        return String.format(Locale.ROOT, "Agora analysis (candidate): %s, %s", stemmer.label, fields);
    }

    @Override
    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    void addFields(Doc doc, Document document) {
        if (titleBoost == ONE_FIELD) {
            document.add(new TextField(TEXT, doc.title() + " " + doc.abstractText(), Field.Store.NO));
            return;
        }
        document.add(new TextField(TITLE, doc.title(), Field.Store.NO));
        document.add(new TextField(ABSTRACT, doc.abstractText(), Field.Store.NO));
    }

    @Override
    Query parse(String query) throws ParseException {
        if (titleBoost == ONE_FIELD) {
            QueryParser parser = new QueryParser(TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            return parser.parse(QueryParser.escape(query));
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {TITLE, ABSTRACT}, analyzer, Map.of(TITLE, titleBoost, ABSTRACT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser.parse(QueryParser.escape(query));
    }
}
