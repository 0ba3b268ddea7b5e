package org.agorahub.mentoring.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.agorahub.expertise.SkillRef;
import org.agorahub.mentoring.domain.MyParticipation;
import org.agorahub.mentoring.domain.OfferCommand;
import org.agorahub.mentoring.matching.MeetingFormat;

/** An offer to mentor. */
record OfferForm(
        List<Long> skillIds,

        @NotNull(message = "{offer.capacity.between}") @Min(value = 1, message = "{offer.capacity.between}") @Max(value = 10, message = "{offer.capacity.between}") Integer capacity,

        @NotNull(message = "{offer.hours.between}") @Min(value = 1, message = "{offer.hours.between}") @Max(value = 40, message = "{offer.hours.between}") Integer hoursPerMonth,

        @NotNull(message = "{offer.format.required}") MeetingFormat format,
        @Size(max = 2000, message = "{field.tooLong}") String canHelpWith) {

    static OfferForm of(MyParticipation.Offer offer) {
        if (offer == null) {
            return new OfferForm(List.of(), 1, 2, MeetingFormat.EITHER, "");
        }
        return new OfferForm(
                offer.skills().stream().map(SkillRef::id).toList(),
                offer.capacity(),
                offer.hoursPerMonth(),
                offer.format(),
                offer.canHelpWith());
    }

    OfferCommand command() {
        return new OfferCommand(skillIds, capacity, hoursPerMonth, format, canHelpWith);
    }
}
