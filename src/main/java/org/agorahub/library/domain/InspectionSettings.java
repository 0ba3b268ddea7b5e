package org.agorahub.library.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for checking uploads and reading their text, under {@code agora.library.inspection}.
 *
 * @param maxFileSize largest file accepted (the multipart limit should not be lower)
 * @param maxExtractedCharacters text kept per file for search; longer text is cut here
 * @param extractionTimeout how long reading one file's text may take before it is given up
 * @param previewCharacters length of the short preview shown in lists
 */
@ConfigurationProperties("agora.library.inspection")
public record InspectionSettings(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("1000000") int maxExtractedCharacters,
        @DefaultValue("30s") Duration extractionTimeout,
        @DefaultValue("600") int previewCharacters) {

    public InspectionSettings {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("agora.library.inspection.max-file-size must be positive");
        }
        if (maxExtractedCharacters <= 0) {
            throw new IllegalArgumentException("agora.library.inspection.max-extracted-characters must be positive");
        }
        if (extractionTimeout == null || extractionTimeout.isNegative() || extractionTimeout.isZero()) {
            throw new IllegalArgumentException("agora.library.inspection.extraction-timeout must be positive");
        }
        if (previewCharacters < 0) {
            throw new IllegalArgumentException("agora.library.inspection.preview-characters must not be negative");
        }
    }
}
