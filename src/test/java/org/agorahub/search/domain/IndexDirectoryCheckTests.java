package org.agorahub.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/** An index that cannot be read, or was built for another mapping, is deleted before start-up so it is rebuilt. */
class IndexDirectoryCheckTests {

    @TempDir
    Path root;

    @Test
    void aCompleteReadableIndexOfThisMappingIsKept() throws IOException {
        Path index = writeIndex();
        IndexDirectoryCheck.writeMarker(root);

        check();

        assertThat(index).isDirectory();
        assertThat(Files.list(index)).isNotEmpty();
    }

    @Test
    void anIndexWithoutTheVersionMarkIsDeleted() throws IOException {
        Path index = writeIndex();

        check();

        assertThat(index).doesNotExist();
    }

    @Test
    void anIndexOfAnotherMappingVersionIsDeleted() throws IOException {
        Path index = writeIndex();
        Files.writeString(root.resolve(IndexDirectoryCheck.MARKER), "an older mapping\n");

        check();

        assertThat(index).doesNotExist();
    }

    @Test
    void anUnreadableIndexIsDeletedAndNoLongerMarkedComplete() throws IOException {
        Path index = writeIndex();
        IndexDirectoryCheck.writeMarker(root);
        try (var files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }

        check();

        assertThat(index).doesNotExist();
        assertThat(IndexDirectoryCheck.readMarker(root)).isNull();
    }

    @Test
    void noIndexDirectoryIsNothingToDo() {
        new IndexDirectoryCheck(new DeferredLogs())
                .postProcessEnvironment(
                        new MockEnvironment()
                                .withProperty(
                                        "agora.search.index-dir",
                                        root.resolve("absent").toString()),
                        new SpringApplication());

        assertThat(root.resolve("absent")).doesNotExist();
    }

    private Path writeIndex() throws IOException {
        Path index = root.resolve("document");
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new StringField("id", "1", Field.Store.YES));
            writer.addDocument(document);
        }
        return index;
    }

    private void check() {
        new IndexDirectoryCheck(new DeferredLogs())
                .postProcessEnvironment(
                        new MockEnvironment().withProperty("agora.search.index-dir", root.toString()),
                        new SpringApplication());
    }
}
