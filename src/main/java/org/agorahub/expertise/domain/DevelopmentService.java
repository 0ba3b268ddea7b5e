package org.agorahub.expertise.domain;

import java.util.List;
import java.util.Map;
import org.agorahub.people.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's development plan: their gaps ({@link GapService}) with recommendations ({@link RecommendationService}). */
@Service
@Transactional(readOnly = true)
public class DevelopmentService {

    private final GapService gaps;
    private final RecommendationService recommendations;

    DevelopmentService(GapService gaps, RecommendationService recommendations) {
        this.gaps = gaps;
        this.recommendations = recommendations;
    }

    /**
     * The plan of the person {@code reader} stands for: recommendations are what THAT person may read, even when an
     * admin looks at the page.
     */
    public DevelopmentPlan plan(CurrentUser reader) {
        PersonalGaps personal = gaps.forPerson(reader.id());
        Map<Long, Recommendations> found = recommendations.forGaps(reader, personal.gaps());
        List<DevelopmentItem> items = personal.gaps().stream()
                .map(gap -> new DevelopmentItem(gap, found.getOrDefault(gap.skillId(), Recommendations.NONE)))
                .toList();
        return new DevelopmentPlan(personal.frameworks(), items);
    }
}
