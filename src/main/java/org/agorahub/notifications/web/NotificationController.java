package org.agorahub.notifications.web;

import org.agorahub.notifications.domain.NotificationNotFoundException;
import org.agorahub.notifications.domain.NotificationService;
import org.agorahub.notifications.domain.NotificationView;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notifications: the list, opening one (which marks it read) and marking all read. */
@Controller
class NotificationController {

    static final int PER_PAGE = 25;

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Page<NotificationView> result =
                notifications.notifications(me(user), PageRequest.of(Math.max(page, 0), PER_PAGE));
        model.addAttribute("notifications", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        // the unread count is the bell's (NotificationBellAdvice), counted once per page
        return "notifications/list";
    }

    /** Marks it read and goes where it happened. A GET, so it is an ordinary link that works without scripts. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id, CurrentUser user) {
        return "redirect:" + notifications.open(me(user), id);
    }

    @PostMapping("/notifications/read")
    String markAllRead(CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(me(user));
        Flash.success(redirect, "notifications.allRead", marked);
        return "redirect:/notifications";
    }

    /** Principals that are not Agora accounts have no notifications. */
    private static long me(CurrentUser user) {
        if (user == null || user.id() == null) {
            throw new NotificationNotFoundException(0);
        }
        return user.id();
    }
}
