package org.agorahub.insights.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.agorahub.insights.domain.KmPractice;
import org.agorahub.insights.domain.SurveyQuestionnaire;
import org.agorahub.insights.domain.SurveyRefusedException;
import org.agorahub.insights.domain.SurveyRoundResult;
import org.agorahub.insights.domain.SurveyRoundView;
import org.agorahub.insights.domain.SurveyService;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.web.Csv;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The KM practice survey: a lead sends a round and reads its results (page and CSV); the people asked answer it.
 * Results default to the viewer's own department; admins choose any.
 */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final MessageSource messages;

    SurveyController(SurveyService surveys, AccessPolicy access, PeopleApi people, MessageSource messages) {
        this.surveys = surveys;
        this.access = access;
        this.people = people;
        this.messages = messages;
    }

    @ModelAttribute("practices")
    KmPractice[] practices() {
        return KmPractice.values();
    }

    @GetMapping("/insights/surveys")
    String results(@RequestParam(required = false) Long department, CurrentUser user, Model model) {
        long id = departmentOf(user, department);
        model.addAttribute("form", SurveySendForm.blank(id));
        return resultsPage(model, user, id);
    }

    @PostMapping("/insights/surveys")
    String send(
            @ModelAttribute("form") SurveySendForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        long department = departmentOf(user, form.department());
        surveys.leadable(user, department, "send a KM practice survey");
        if (!errors.hasErrors()) {
            try {
                surveys.send(user, department, form.closesOn());
                Flash.success(redirect, "survey.sent");
                return "redirect:/insights/surveys?department=" + department;
            } catch (SurveyRefusedException refused) {
                if (refused.field() == null) {
                    // about the department, not the form (e.g. a round already open): said above the page
                    Flash.error(redirect, refused.messageKey(), refused.arguments());
                    return "redirect:/insights/surveys?department=" + department;
                }
                Forms.reject(errors, refused);
            }
        }
        return resultsPage(model, user, department);
    }

    @PostMapping("/insights/surveys/{id}/close")
    String close(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            long department = surveys.close(user, id);
            Flash.success(redirect, "survey.closed");
            return "redirect:/insights/surveys?department=" + department;
        } catch (SurveyRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/insights/surveys";
        }
    }

    @GetMapping("/insights/surveys.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long department, CurrentUser user, Locale locale) {
        long id = departmentOf(user, department);
        DepartmentSummary summary = surveys.leadable(user, id, "download KM practice survey results");
        List<SurveyRoundResult> results = surveys.results(user, id);
        StringBuilder csv = new StringBuilder();
        csv.append(message("survey.sentOn", locale))
                .append(',')
                .append(message("survey.closesOn", locale))
                .append(',')
                .append(message("survey.invited", locale))
                .append(',')
                .append(message("survey.answered", locale))
                .append(',')
                .append(message("survey.csv.shown", locale));
        for (KmPractice practice : KmPractice.values()) {
            csv.append(',').append(message(practice.messageKey() + ".short", locale));
        }
        csv.append("\r\n");
        for (SurveyRoundResult round : results) {
            csv.append(round.sentOn())
                    .append(',')
                    .append(round.closesOn())
                    .append(',')
                    .append(round.invited())
                    .append(',')
                    .append(round.answered())
                    .append(',')
                    .append(message(round.shown() ? "survey.csv.yes" : "survey.csv.no", locale));
            for (int i = 0; i < KmPractice.values().length; i++) {
                csv.append(',');
                if (round.shown()) {
                    csv.append(
                            String.format(Locale.ROOT, "%.2f", round.averages().get(i)));
                }
            }
            csv.append("\r\n");
        }
        return Csv.download("km-practice-survey", summary.name(), csv);
    }

    @GetMapping("/insights/surveys/{id}")
    String questionnaire(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", SurveyAnswerForm.blank());
        return answerPage(model, surveys.questionnaire(user, id));
    }

    @PostMapping("/insights/surveys/{id}")
    String answer(
            @PathVariable long id,
            @ModelAttribute("form") SurveyAnswerForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        SurveyQuestionnaire questionnaire = surveys.questionnaire(user, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                surveys.answer(user, id, form.scores());
                Flash.success(redirect, "survey.answer.saved");
                return "redirect:/insights/surveys/" + id;
            } catch (SurveyRefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        return answerPage(model, questionnaire);
    }

    private String answerPage(Model model, SurveyQuestionnaire questionnaire) {
        model.addAttribute("survey", questionnaire);
        return "insights/survey-answer";
    }

    private String resultsPage(Model model, CurrentUser user, long department) {
        DepartmentSummary summary = surveys.leadable(user, department, "see KM practice survey results");
        List<SurveyRoundView> rounds = surveys.rounds(user, department);
        List<SurveyRoundResult> results =
                rounds.stream().map(SurveyRoundView::result).toList();
        model.addAttribute("department", summary);
        List<SurveyRoundView> newestFirst = new ArrayList<>(rounds);
        Collections.reverse(newestFirst);
        model.addAttribute("rounds", newestFirst);
        model.addAttribute(
                "history", results.stream().filter(SurveyRoundResult::shown).toList());
        model.addAttribute("chart", SurveyChart.of(results));
        model.addAttribute("hasOpenRound", rounds.stream().anyMatch(SurveyRoundView::open));
        model.addAttribute("minAnswers", SurveyService.MIN_ANSWERS);
        model.addAttribute("defaultDays", SurveyService.DEFAULT_DAYS_OPEN);
        model.addAttribute("departments", user.isAdmin() ? people.departments() : List.of());
        return "insights/survey-results";
    }

    /** The department asked for, or the viewer's own; someone with neither is refused. */
    private long departmentOf(CurrentUser user, Long department) {
        Long id = department != null ? department : user.departmentId();
        access.require(id != null, user, "see KM practice survey results", "no department");
        return id;
    }

    private String message(String key, Locale locale) {
        return Csv.field(messages.getMessage(key, null, locale));
    }
}
