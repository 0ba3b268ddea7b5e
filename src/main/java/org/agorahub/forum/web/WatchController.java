package org.agorahub.forum.web;

import org.agorahub.forum.domain.WatchService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Watch / Stop watching buttons of boards and threads: plain forms, back to the page with a message. */
@Controller
class WatchController {

    private final WatchService watches;

    WatchController(WatchService watches) {
        this.watches = watches;
    }

    @PostMapping("/forums/boards/{id}/watch")
    String board(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean watch,
            CurrentUser user,
            RedirectAttributes redirect) {
        watches.watchBoard(user, id, watch);
        Flash.success(redirect, watch ? "forum.watch.board.started" : "forum.watch.board.stopped");
        return "redirect:/forums/boards/" + id;
    }

    @PostMapping("/forums/threads/{id}/watch")
    String thread(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean watch,
            CurrentUser user,
            RedirectAttributes redirect) {
        watches.watchThread(user, id, watch);
        Flash.success(redirect, watch ? "forum.watch.thread.started" : "forum.watch.thread.stopped");
        return "redirect:/forums/threads/" + id;
    }
}
