package org.agorahub.bench.cranfield;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index ({@link ByteBuffersDirectory}) scored with BM25 (Lucene's defaults, k1 = 1.2, b = 0.75).
 * Subclasses decide the analyzer, the fields of a document and how a query string is parsed. Documents are added in
 * collection order, so ties fall to the lower document id, as in {@link PostgresFtsBaseline}.
 */
abstract class LuceneSearchSystem implements SearchSystem {

    static final String ID = "id";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    abstract Analyzer analyzer();

    /** Adds the searchable fields of {@code doc} to {@code document} (the id is already there). */
    abstract void addFields(Doc doc, Document document);

    abstract Query parse(String query) throws ParseException;

    @Override
    public void index(List<Doc> docs) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Doc doc : docs) {
                Document document = new Document();
                document.add(new StringField(ID, doc.id(), Field.Store.YES));
                addFields(doc, document);
                writer.addDocument(document);
            }
            writer.forceMerge(1); // one segment: document order is collection order
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    @Override
    public List<String> search(String query, int k) throws IOException, ParseException {
        ScoreDoc[] hits = searcher.search(parse(query), k).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ids.add(stored.document(hit.doc).get(ID));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
        analyzer().close();
    }
}
