package org.agorahub.forum.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agorahub.forum.NewBoard;
import org.agorahub.forum.domain.BoardService;
import org.agorahub.forum.domain.BoardSettings;
import org.agorahub.forum.domain.BoardSummary;
import org.agorahub.forum.domain.BoardView;
import org.agorahub.forum.domain.ForumRefusedException;
import org.agorahub.forum.domain.ModerationService;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.forum.domain.ThreadSummary;
import org.agorahub.forum.domain.WatchService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forum home, the unanswered questions, creating a board, a board's page and its settings. */
@Controller
class ForumController {

    static final int BOARDS_PER_PAGE = 50;
    static final int THREADS_PER_PAGE = 25;

    private final BoardService boards;
    private final ThreadService threads;
    private final ModerationService moderation;
    private final PeopleApi people;
    private final WatchService watches;

    ForumController(
            BoardService boards,
            ThreadService threads,
            ModerationService moderation,
            PeopleApi people,
            WatchService watches) {
        this.boards = boards;
        this.threads = threads;
        this.moderation = moderation;
        this.people = people;
        this.watches = watches;
    }

    @GetMapping("/forums")
    String home(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String ask,
            CurrentUser user,
            Model model) {
        // a question to start (from a dashboard's search that found nothing): carried to the chosen board
        model.addAttribute("ask", org.agorahub.shared.web.Forms.prefill(ask, ThreadForm.TITLE_LENGTH));
        Page<BoardSummary> result = boards.visibleBoards(user, PageRequest.of(Math.max(page, 0), BOARDS_PER_PAGE));
        model.addAttribute("boards", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        model.addAttribute("canCreateBoards", boards.mayCreateBoards(user));
        boolean moderates = moderation.hasQueue(user);
        model.addAttribute("hasModerationQueue", moderates);
        model.addAttribute("openFlags", moderates ? moderation.openCount(user) : 0L);
        return "forum/home";
    }

    @GetMapping("/forums/unanswered")
    String unanswered(
            @RequestParam(required = false) Long board,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate from,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate to,
            @RequestParam(defaultValue = "0") int olderThanDays,
            CurrentUser user,
            Model model) {
        BoardView scope = board == null ? null : boards.board(user, board);
        // from a dashboard: a department's questions of a period still unanswered after some days
        java.time.Instant before =
                olderThanDays > 0 ? java.time.Instant.now().minus(java.time.Duration.ofDays(olderThanDays)) : null;
        if (to != null) {
            java.time.Instant end = to.plusDays(1)
                    .atStartOfDay(java.time.ZoneId.systemDefault())
                    .toInstant();
            before = before == null || end.isBefore(before) ? end : before;
        }
        org.agorahub.forum.domain.UnansweredFilter filter =
                new org.agorahub.forum.domain.UnansweredFilter(department, from, before);
        Page<ThreadSummary> result =
                threads.unanswered(user, board, filter, PageRequest.of(Math.max(page, 0), THREADS_PER_PAGE));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("board", scope);
        model.addAttribute("threads", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        return "forum/unanswered";
    }

    @GetMapping("/forums/boards/new")
    String newBoard(CurrentUser user, Model model) {
        boards.requireBoardCreator(user);
        return boardForm(model, BoardForm.blank(user.departmentId()), null);
    }

    @PostMapping("/forums/boards/new")
    String create(
            @Valid @ModelAttribute("form") BoardForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        boards.requireBoardCreator(user);
        NewBoard settings = settings(form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = boards.create(user, settings);
                Flash.success(redirect, "forum.board.created", form.name().strip());
                return "redirect:/forums/boards/" + id;
            } catch (ForumRefusedException e) {
                ForumForms.reject(e, errors);
            }
        }
        return boardForm(model, form, null);
    }

    @GetMapping("/forums/boards/{id}/settings")
    String settings(@PathVariable long id, CurrentUser user, Model model) {
        BoardSettings current = boards.settings(user, id);
        return boardForm(model, BoardForm.of(current), current);
    }

    @PostMapping("/forums/boards/{id}/settings")
    String saveSettings(
            @PathVariable long id,
            @Valid @ModelAttribute("form") BoardForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        BoardSettings current = boards.settings(user, id);
        NewBoard settings = settings(form, errors);
        if (!errors.hasErrors()) {
            try {
                boards.update(user, id, settings);
                Flash.success(redirect, "forum.board.settings.saved");
                return "redirect:/forums/boards/" + id;
            } catch (ForumRefusedException e) {
                ForumForms.reject(e, errors);
            }
        }
        return boardForm(model, form, current);
    }

    /** The board as the form describes it, with the people named by email (unknown ones become field errors). */
    private NewBoard settings(BoardForm form, BindingResult errors) {
        Set<Long> members = people(form.members(), "members", errors);
        Set<Long> moderators = people(form.moderators(), "moderators", errors);
        return new NewBoard(
                form.name(), form.description(), form.departmentId(), form.visibility(), members, moderators);
    }

    @GetMapping("/forums/boards/{id}")
    String board(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String ask,
            CurrentUser user,
            Model model) {
        model.addAttribute("ask", org.agorahub.shared.web.Forms.prefill(ask, ThreadForm.TITLE_LENGTH));
        BoardView board = boards.board(user, id);
        Page<ThreadSummary> result = threads.threads(user, id, PageRequest.of(Math.max(page, 0), THREADS_PER_PAGE));
        model.addAttribute("board", board);
        model.addAttribute("threads", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        model.addAttribute("watching", watches.watchesBoard(user, id));
        return "forum/board";
    }

    /** Ids of the active people with these email addresses; the others are named in a field error. */
    private Set<Long> people(String emails, String field, BindingResult errors) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String email : BoardForm.emails(emails)) {
            people.findByEmail(email)
                    .filter(PersonSummary::active)
                    .ifPresentOrElse(p -> ids.add(p.id()), () -> unknown.add(email));
        }
        if (!unknown.isEmpty() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "forum.board.people.unknown", new Object[] {String.join(", ", unknown)}, null);
        }
        return ids;
    }

    /** The board form: creating a board when {@code current} is null, else changing that board's settings. */
    private String boardForm(Model model, BoardForm form, BoardSettings current) {
        model.addAttribute("form", form);
        model.addAttribute("board", current);
        List<DepartmentSummary> departments = people.departments();
        model.addAttribute("departments", departments);
        model.addAttribute(
                "boardDepartment",
                current == null || current.departmentId() == null
                        ? null
                        : departments.stream()
                                .filter(d -> d.id() == current.departmentId())
                                .map(DepartmentSummary::name)
                                .findFirst()
                                .orElse(null));
        model.addAttribute("visibilities", Visibility.values());
        return "forum/board-form";
    }
}
