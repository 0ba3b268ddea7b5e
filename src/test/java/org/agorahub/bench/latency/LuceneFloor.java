package org.agorahub.bench.latency;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The engine's floor: Agora's own index, opened read-only with plain Lucene, and the query the search service asks
 * Hibernate Search for, built by hand ({@link #query}). Terms are analysed with the {@code english} chain of
 * {@code AgoraAnalysisConfigurer} (standard tokenizer, lower case, ASCII folding, English possessive, English stop
 * words, Porter), and a {@link TermInSetQuery} on {@code readTokens} keeps what the person may read. Top 20 by
 * score with an exact total, as the page shows; no facet counts (the page computes seven).
 *
 * <p>With {@code highlight}, it also does the rest of what the search service asks of the index for a page of
 * hits: loads the 20 hits' stored fields and highlights the text with Lucene's plain highlighter as Hibernate
 * Search configures it (query scorer on {@code text}, span fragmenter of 200 characters, HTML encoder, one
 * fragment, the start of the text when nothing matches).
 */
final class LuceneFloor implements SearchSystem, AutoCloseable {

    static final Map<String, Float> FIELDS = Map.of("title", 1.5f, "tags", 1.2f, "description", 1.1f, "text", 1f);
    private static final int PAGE = 20;
    private static final int SNIPPET = 200;
    private static final String ID = "__HSEARCH_id_docvalue";

    private final String name;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Query readable;
    private final boolean highlight;

    LuceneFloor(String name, Path indexDirectory, Set<String> readTokens, boolean highlight) throws IOException {
        this.name = name;
        this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        this.searcher = new IndexSearcher(reader);
        this.analyzer = english();
        List<BytesRef> tokens = new ArrayList<>();
        readTokens.forEach(token -> tokens.add(new BytesRef(token)));
        this.readable = new TermInSetQuery("readTokens", tokens);
        this.highlight = highlight;
    }

    static Analyzer english() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                .addTokenFilter(StopFilterFactory.NAME)
                .addTokenFilter(PorterStemFilterFactory.NAME)
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    /** Documents in the index the person may read. */
    long readableDocuments() throws IOException {
        return searcher.count(readable);
    }

    int indexedDocuments() {
        return reader.numDocs();
    }

    /**
     * The whole query as {@code SearchService} builds it for a query of up to four words: each word must match,
     * either exactly in title^1.5, tags^1.2, description^1.1 or text, or (from five letters on) with one typo in the
     * unstemmed {@code spell} field at weight 0.3; trimmed to what the person may read; with the two constant
     * nudges for verified and recently changed documents. Null when no word is left.
     */
    Query query(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int count = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            Query exact = word.isBlank() ? null : parser.parse(word);
            if (exact == null) {
                continue;
            }
            Query part = exact;
            if (word.length() >= 5) {
                part = new BooleanQuery.Builder()
                        .add(exact, Occur.SHOULD)
                        .add(new BoostQuery(new FuzzyQuery(new Term("spell", word), 1, 1), 0.3f), Occur.SHOULD)
                        .build();
            }
            words.add(part, Occur.MUST);
            count++;
        }
        if (count == 0) {
            return null;
        }
        long freshFrom = Instant.now().minus(183, ChronoUnit.DAYS).toEpochMilli();
        return new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(readable, Occur.FILTER)
                .add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("status", "VERIFIED"))), 0.3f),
                        Occur.SHOULD)
                .add(
                        new BoostQuery(
                                new ConstantScoreQuery(LongPoint.newRangeQuery("updatedAt", freshFrom, Long.MAX_VALUE)),
                                0.2f),
                        Occur.SHOULD)
                .build();
    }

    /** The top 20 and the exact total. */
    TopDocs top(Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(PAGE, null, Integer.MAX_VALUE));
    }

    /** Agora's id of each hit (Hibernate Search keeps it in binary doc values), best first. */
    List<Long> ids(TopDocs top) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Long> ids = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID);
            values.advance(hit.doc - leaf.docBase);
            ids.add(Long.valueOf(values.binaryValue().utf8ToString()));
        }
        return ids;
    }

    @Override
    public long search(int client, String text, String requestId) throws IOException {
        Query query = query(text);
        if (query == null) {
            return 0;
        }
        TopDocs top = top(query);
        if (highlight) {
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = fields.document(hit.doc);
                snippet(query, document.get("text"));
            }
        }
        return top.totalHits.value;
    }

    private String snippet(Query query, String text) throws IOException {
        if (text == null) {
            return "";
        }
        QueryScorer scorer = new QueryScorer(query, "text");
        scorer.setExpandMultiTermQuery(true);
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET));
        try {
            TextFragment[] fragments =
                    highlighter.getBestTextFragments(analyzer.tokenStream("text", text), text, false, 1);
            for (TextFragment fragment : fragments) {
                if (fragment != null && fragment.getScore() > 0) {
                    return fragment.toString();
                }
            }
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
        return SimpleHTMLEncoder.htmlEncode(text.substring(0, Math.min(text.length(), SNIPPET)));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
