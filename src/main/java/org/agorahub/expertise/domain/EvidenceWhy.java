package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.library.DocumentReference;

/**
 * Why a person ranks for a skill, as one viewer may be told: only the items that viewer may open.
 *
 * @param acceptedAnswers accepted answers in threads tagged with the skill
 * @param upvotedReplies other replies with a score of at least 2 in such threads
 * @param authored documents tagged with the skill they own or wrote, at most {@link #TITLES_SHOWN}, by title
 * @param moreAuthored how many more there are
 * @param verified documents tagged with the skill they verified, at most {@link #TITLES_SHOWN}, by title
 * @param moreVerified how many more there are
 * @param mentored completed mentorships in which they mentored the skill
 */
public record EvidenceWhy(
        int acceptedAnswers,
        int upvotedReplies,
        List<DocumentReference> authored,
        int moreAuthored,
        List<DocumentReference> verified,
        int moreVerified,
        int mentored) {

    public static final int TITLES_SHOWN = 3;

    public boolean isEmpty() {
        return acceptedAnswers == 0 && upvotedReplies == 0 && authored.isEmpty() && verified.isEmpty() && mentored == 0;
    }
}
