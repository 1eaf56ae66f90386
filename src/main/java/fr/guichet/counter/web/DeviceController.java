package fr.guichet.counter.web;

import fr.guichet.counter.CounterManagement;
import fr.guichet.counter.CounterRuleViolation;
import fr.guichet.counter.CounterSetupManagement;
import fr.guichet.counter.CounterSetupManagement.Device;
import fr.guichet.counter.Ticket;
import fr.guichet.counter.TicketSource;
import fr.guichet.counter.UnknownTicket;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two public pages of the waiting room, reachable only with their secret link (any other answers 404, like a page
 * that does not exist): the kiosk where a visitor takes a ticket, and the display on the wall that calls them. Both
 * work without JavaScript (a form; a refresh every 20 s); with it, the display updates itself as soon as the server
 * tells it something changed.
 */
@Controller
@RequestMapping("/counter")
class DeviceController {

    private final CounterManagement counter;
    private final CounterSetupManagement setup;
    private final DisplayBroadcaster broadcaster;

    DeviceController(CounterManagement counter, CounterSetupManagement setup, DisplayBroadcaster broadcaster) {
        this.counter = counter;
        this.setup = setup;
        this.broadcaster = broadcaster;
    }

    @GetMapping("/kiosk/{secret}")
    String kiosk(@PathVariable String secret, Model model) {
        require(Device.KIOSK, secret);
        Object taken = model.getAttribute("takenId");
        if (taken instanceof Long id) {
            Ticket ticket = counter.get(id);
            model.addAttribute("ticket", ticket);
            model.addAttribute("reason", counter.reasonsById().get(ticket.reasonId()));
            model.addAttribute("expectedMinutes", counter.expectedWait(ticket).toMinutes());
        }
        model.addAttribute("reasons", setup.activeReasons());
        model.addAttribute("secret", secret);
        return "counter/kiosk";
    }

    @PostMapping("/kiosk/{secret}/tickets")
    String take(
            @PathVariable String secret,
            @RequestParam long reasonId,
            @RequestParam(required = false) @Nullable String visitorName,
            @RequestParam(required = false) @Nullable String customerNumber,
            Model model,
            RedirectAttributes redirect) {
        require(Device.KIOSK, secret);
        try {
            Ticket ticket = counter.take(reasonId, TicketSource.KIOSK, visitorName, customerNumber, null);
            redirect.addFlashAttribute("takenId", ticket.id());
            return "redirect:/counter/kiosk/" + secret;
        } catch (CounterRuleViolation refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("visitorName", visitorName);
            model.addAttribute("customerNumber", customerNumber);
            return kiosk(secret, model);
        }
    }

    @GetMapping("/display/{secret}")
    String display(@PathVariable String secret, Model model) {
        require(Device.DISPLAY, secret);
        model.addAttribute("board", counter.board());
        model.addAttribute("secret", secret);
        return "counter/display";
    }

    /** The board alone, fetched by the display when the server says something changed. */
    @GetMapping("/display/{secret}/board")
    String board(@PathVariable String secret, Model model) {
        require(Device.DISPLAY, secret);
        model.addAttribute("board", counter.board());
        return "counter/display :: board";
    }

    @GetMapping(path = "/display/{secret}/events", produces = "text/event-stream")
    @ResponseBody
    SseEmitter events(@PathVariable String secret) {
        require(Device.DISPLAY, secret);
        return broadcaster.connect();
    }

    private void require(Device device, String secret) {
        if (!setup.opens(device, secret)) {
            throw new UnknownTicket("page", "counter device link");
        }
    }
}
