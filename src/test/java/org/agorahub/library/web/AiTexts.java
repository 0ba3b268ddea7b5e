package org.agorahub.library.web;

/** Texts for the tests of the AI features on library pages: two topics, each long enough to be enriched. */
final class AiTexts {

    static final String WINTER_GRITTING = """
            The highways team grits priority routes whenever road surface temperatures are forecast to fall below \
            one degree. Gritting lorries leave the depot at four in the morning so that priority routes are treated \
            before the morning rush. Priority routes include every bus route, the roads to both hospitals and the \
            hills around the old town. Residents can ask for a grit bin on a steep street through the council \
            website. Grit bins are refilled twice each winter, and more often during long cold spells. The \
            gritting forecast is published each afternoon so that drivers know which roads will be treated that \
            night. Pavements in the town centre are gritted by hand by the street cleaning crews after heavy snow. \
            Salt stocks are checked every week from October to March, and the depot keeps enough salt for twenty \
            days of continuous gritting.""";

    static final String WINTER_GRITTING_REVISED = WINTER_GRITTING.replace(
            "Grit bins are refilled twice each winter, and more often during long cold spells.",
            "Grit bins are refilled three times each winter, and weekly during long cold spells.");

    static final String SNOW_CLEARING = """
            When heavy snow falls, snow ploughs clear the main roads first and then the routes to schools. The \
            council salts roads before frost and snow so that ice does not form on the surface overnight. Drivers \
            should check which roads are salted before setting out on a cold morning. Volunteers can borrow a \
            snow shovel and a bag of salt to clear the pavements outside shops and care homes. Bus companies are \
            told which routes are passable by seven in the morning. Roads on hills may stay closed until the snow \
            ploughs have passed twice.""";

    static final String STAFF_CANTEEN = """
            The staff canteen on the second floor opens at half past eight for breakfast and serves lunch from \
            noon until two. A vegetarian dish is on the menu every day, and soup is served on Fridays. Payment is \
            by card only; cash is no longer accepted at the tills. Allergens are listed on the board beside each \
            dish, and the kitchen can prepare a gluten free meal if asked the day before. Tables by the window may \
            be booked for team lunches through the facilities desk. The canteen closes for deep cleaning during \
            the last week of August.""";

    private AiTexts() {}

    /** The text as an HTML file: another format of the same words. */
    static String html(String title, String text) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" + text + "</p></body></html>";
    }
}
