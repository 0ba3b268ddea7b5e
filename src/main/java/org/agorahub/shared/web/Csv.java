package org.agorahub.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV downloads: the tables behind charts, for spreadsheets. */
public final class Csv {

    private Csv() {}

    /** A CSV field, quoted when needed; a leading =, +, - or @ is defused so spreadsheets show it as text. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The rows as a UTF-8 attachment named {@code <stem>-<scope>.csv}, the scope in lower case with dashes. */
    public static ResponseEntity<byte[]> download(String stem, String scope, CharSequence rows) {
        String fileName = stem + "-" + scope.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(rows.toString().getBytes(StandardCharsets.UTF_8));
    }
}
