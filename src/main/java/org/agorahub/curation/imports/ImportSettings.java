package org.agorahub.curation.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a bulk import, under {@code agora.imports}. Each file inside also meets the library's own upload limits.
 *
 * @param maxEntries most files and folders a zip may hold; a zip with more is refused before anything is imported
 * @param maxExpandedSize most bytes all entries may unpack to together, counted while unpacking
 * @param maxCompressionRatio most times an entry may unpack to its packed size (past its first megabyte): more is
 *     a zip bomb, not documents
 * @param staleAfter how long a running import may go without progress before it counts as interrupted (its node
 *     stopped) and may be resumed
 */
@ConfigurationProperties("agora.imports")
record ImportSettings(
        @DefaultValue("5000") int maxEntries,
        @DefaultValue("1GB") DataSize maxExpandedSize,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("2m") Duration staleAfter) {

    ImportSettings {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("agora.imports.max-entries must be positive");
        }
        if (maxExpandedSize == null || maxExpandedSize.toBytes() <= 0) {
            throw new IllegalArgumentException("agora.imports.max-expanded-size must be positive");
        }
        if (maxCompressionRatio <= 1) {
            throw new IllegalArgumentException("agora.imports.max-compression-ratio must be more than 1");
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("agora.imports.stale-after must be positive");
        }
    }
}
