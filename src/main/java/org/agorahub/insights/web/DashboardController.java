package org.agorahub.insights.web;

import java.time.LocalDate;
import java.util.List;
import org.agorahub.insights.domain.AggregateService;
import org.agorahub.insights.domain.Dashboard;
import org.agorahub.insights.domain.DashboardService;
import org.agorahub.insights.domain.SurveyService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Role;
import org.agorahub.shared.web.Csv;
import org.agorahub.shared.web.Flash;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KM dashboards: a lead's department, an admin's any department or the whole organisation. */
@Controller
@RequestMapping("/dashboards")
class DashboardController {

    private final DashboardService dashboards;
    private final AggregateService aggregates;
    private final PeopleApi people;
    private final SurveyService surveys;

    DashboardController(
            DashboardService dashboards, AggregateService aggregates, PeopleApi people, SurveyService surveys) {
        this.dashboards = dashboards;
        this.aggregates = aggregates;
        this.people = people;
        this.surveys = surveys;
    }

    @GetMapping
    String home(CurrentUser user) {
        if (user.hasRole(Role.DEPARTMENT_LEAD) && user.departmentId() != null) {
            return "redirect:/dashboards/departments/" + user.departmentId();
        }
        if (user.isAdmin()) {
            return "redirect:/dashboards/organisation";
        }
        throw new AccessDeniedException("Dashboards are for department leads and admins");
    }

    @GetMapping("/organisation")
    String organisation(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            CurrentUser user,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return show(user, null, false, from, to, model, response);
    }

    @GetMapping("/departments/{id}")
    String department(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean sub,
            CurrentUser user,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return show(user, id, sub, from, to, model, response);
    }

    @GetMapping("/organisation/weeks.csv")
    ResponseEntity<byte[]> organisationCsv(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, CurrentUser user) {
        return csv(user, null, false, from, to);
    }

    /** The organisation's department-by-department tables: first answers ("answers") or documents opened ("use"). */
    @GetMapping({"/organisation/answers.csv", "/organisation/use.csv"})
    ResponseEntity<byte[]> matrixCsv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            CurrentUser user,
            jakarta.servlet.http.HttpServletRequest request) {
        boolean answers = request.getRequestURI().endsWith("/answers.csv");
        Period period = Period.of(from, to, LocalDate.now());
        Dashboard.Matrix matrix = dashboards.matrix(
                user,
                answers ? DashboardService.MatrixKind.ANSWERS : DashboardService.MatrixKind.USE,
                period.from(),
                period.to());
        StringBuilder rows = new StringBuilder(Csv.field(
                answers ? "asked by (row) / answered by (column)" : "documents of (row) / opened by (column)"));
        matrix.departments().forEach(name -> rows.append(',').append(Csv.field(name)));
        rows.append("\r\n");
        for (int row = 0; row < matrix.departments().size(); row++) {
            rows.append(Csv.field(matrix.departments().get(row)));
            for (long count : matrix.counts()[row]) {
                rows.append(',').append(count);
            }
            rows.append("\r\n");
        }
        return Csv.download(
                answers ? "answers-between-departments" : "documents-used-between-departments", "organisation", rows);
    }

    @GetMapping("/departments/{id}/weeks.csv")
    ResponseEntity<byte[]> departmentCsv(
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean sub,
            CurrentUser user) {
        return csv(user, id, sub, from, to);
    }

    @PostMapping("/rebuild")
    String rebuild(CurrentUser user, RedirectAttributes redirect) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins rebuild the dashboards");
        }
        Flash.success(
                redirect,
                aggregates.rebuildInBackground(user.id()) ? "dashboard.rebuilding" : "dashboard.stillRebuilding");
        return "redirect:/dashboards/organisation";
    }

    private String show(
            CurrentUser user,
            Long id,
            boolean sub,
            String from,
            String to,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Period period = Period.of(from, to, LocalDate.now());
        Dashboard dashboard = dashboards.dashboard(user, id, sub, period.from(), period.to());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("period", period);
        boolean rebuilding = aggregates.rebuilding();
        model.addAttribute("rebuilding", rebuilding);
        // curators and admins reach the documents behind the currency figures in the verification queue
        model.addAttribute("mayCurate", user.isAdmin() || user.hasRole(Role.CURATOR));
        if (rebuilding) {
            // the page looks again until the new figures are there, without JavaScript
            response.setHeader("Refresh", "15");
        }
        model.addAttribute("typedFrom", from == null ? period.from().toString() : from);
        model.addAttribute("typedTo", to == null ? period.to().toString() : to);
        model.addAttribute(
                "chart",
                BarChart.of(
                        dashboard.weeks().stream()
                                .map(w -> w.start().toString())
                                .toList(),
                        dashboard.weeks().stream()
                                .map(w -> new long[] {w.documents(), w.questions(), w.replies()})
                                .toList(),
                        List.of("agora-bar-documents", "agora-bar-questions", "agora-bar-replies")));
        // the leadership-practice self-assessment over time, for one department (the survey's own rules apply)
        model.addAttribute("surveys", id == null ? List.of() : surveys.results(user, id));
        model.addAttribute("practices", org.agorahub.insights.domain.KmPractice.values());
        model.addAttribute("base", id == null ? "/dashboards/organisation" : "/dashboards/departments/" + id);
        if (user.isAdmin()) {
            model.addAttribute("departments", people.departments());
        }
        return "insights/dashboard";
    }

    private ResponseEntity<byte[]> csv(CurrentUser user, Long id, boolean sub, String from, String to) {
        Period period = Period.of(from, to, LocalDate.now());
        Dashboard.Weekly weekly = dashboards.weeks(user, id, sub, period.from(), period.to());
        StringBuilder rows =
                new StringBuilder("week starting,documents published or updated,questions and discussions,replies\r\n");
        for (Dashboard.Week week : weekly.weeks()) {
            rows.append(week.start() + "," + week.documents() + "," + week.questions() + "," + week.replies() + "\r\n");
        }
        return Csv.download(
                "contributions-by-week", weekly.scopeName() == null ? "organisation" : weekly.scopeName(), rows);
    }
}
