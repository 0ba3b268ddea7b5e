package org.agorahub.bench.cranfield;

import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Baseline (b): what one gets from Lucene with no thought given to analysis. One {@code text} field holding title and
 * abstract, {@link StandardAnalyzer} (standard tokenizer and lower-casing; in Lucene 9 it removes no stop words and
 * stems nothing), BM25 with default parameters, and the query text escaped and parsed by the classic
 * {@link QueryParser} with its default OR operator.
 */
final class LuceneBm25Baseline extends LuceneSearchSystem {

    private static final String TEXT = "text";

    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    @Override
    public String name() {
        return "Lucene BM25, StandardAnalyzer (baseline b)";
    }

    @Override
    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    void addFields(Doc doc, Document document) {
        document.add(new TextField(TEXT, doc.title() + " " + doc.abstractText(), Field.Store.NO));
    }

    @Override
    Query parse(String query) throws ParseException {
        // a parser per query: QueryParser is not thread-safe and costs next to nothing to create
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser.parse(QueryParser.escape(query));
    }
}
