package fr.guichet.requests.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.DeskIntake;
import fr.guichet.requests.IntakeManagement;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Priority;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.shared.FieldRuleViolation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a request at the desk: the requester among the customer's contacts (or added on the spot), the priority,
 * the files, and where it will go — shown before saving, asked of the routing rules ({@link IntakeManagement}), with
 * the team chosen explicitly if need be and the note for the team. Htmx refreshes the contacts and the destination as
 * the agent picks the organisation and the category; without JavaScript, the "where will it go?" button does.
 */
@Controller
@RequestMapping("/desk/requests")
class DeskIntakeController {

    private static final String PAGE = "requests/desk-new";

    private final IntakeManagement intake;
    private final AttachmentManagement attachments;
    private final CustomerManagement customers;
    private final RequestPages pages;

    DeskIntakeController(
            IntakeManagement intake,
            AttachmentManagement attachments,
            CustomerManagement customers,
            RequestPages pages) {
        this.intake = intake;
        this.attachments = attachments;
        this.customers = customers;
        this.pages = pages;
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long organisationId, Model model) {
        DeskIntakeForm form = DeskIntakeForm.blank(organisationId);
        model.addAttribute("form", form);
        return formPage(form, model);
    }

    /** Htmx: where the request will go, with the destination choice and the note, as the form stands. */
    @GetMapping("/new/route")
    String route(@ModelAttribute("form") DeskIntakeForm form, BindingResult ignored, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        formPage(form, model);
        return PAGE + " :: routing";
    }

    /** Htmx: the organisation's contacts to pick the requester from. */
    @GetMapping("/new/contacts")
    String contacts(@ModelAttribute("form") DeskIntakeForm form, BindingResult ignored, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        formPage(form, model);
        return PAGE + " :: requester";
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal AccountPrincipal agent,
            @Valid @ModelAttribute("form") DeskIntakeForm form,
            BindingResult errors,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "preview", required = false) String preview,
            Model model,
            RedirectAttributes redirect) {
        if (preview != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
            model.addAttribute("previewed", true);
            return formPage(form, model);
        }
        check(form, errors);
        UploadedFiles uploaded = UploadedFiles.of(files);
        // a browser never sends files back: if the form is shown again, the agent is told to choose them again
        model.addAttribute("filesSent", !uploaded.isEmpty());
        uploaded.refusal(attachments).ifPresent(refusal -> {
            model.addAttribute("fileError", refusal.messageKey());
            model.addAttribute("fileErrorName", refusal.filename());
        });
        if (errors.hasErrors() || model.containsAttribute("fileError")) {
            return formPage(form, model);
        }
        Request request;
        try {
            request = intake.record(toIntake(form, agent, uploaded), agent);
        } catch (RequestRuleViolation violation) {
            if (violation.messageKey().startsWith("requests.attachment.")) {
                model.addAttribute("fileError", violation.messageKey());
            } else {
                errors.rejectValue(fieldOf(violation.messageKey(), form), violation.messageKey());
            }
            return formPage(form, model);
        } catch (FieldRuleViolation violation) {
            errors.rejectValue(
                    "phone".equals(violation.field()) ? "requesterPhone" : "requesterName", violation.messageKey());
            return formPage(form, model);
        }
        redirect.addFlashAttribute(
                "flash", form.settlesNow() ? "requests.resolved-at-first-contact" : "requests.recorded");
        redirect.addFlashAttribute("flashArg", request.getReference());
        return "redirect:/desk/requests/" + request.getReference();
    }

    /** What the form alone can tell: the fields that depend on one another. */
    private static void check(DeskIntakeForm form, BindingResult errors) {
        if (form.settlesNow() && (form.answer() == null || form.answer().isBlank())) {
            errors.rejectValue("answer", "requests.error.answer-required");
        }
        if (form.category() != null && form.category().isInternal()) {
            errors.rejectValue("category", "typeMismatch");
        }
        if (form.channel() != null && !Channel.DESK.contains(form.channel())) {
            errors.rejectValue("channel", "typeMismatch");
        }
        if (form.typesRequester()) {
            if (form.requesterName() == null || form.requesterName().isBlank()) {
                errors.rejectValue("requesterName", "validation.required");
            } else if (form.addsContact() && form.newContact() == null) {
                errors.rejectValue("requesterName", "intake.error.full-name");
            }
            if (form.addsContact() && form.organisationId() == null) {
                errors.rejectValue("addContact", "intake.error.contact-without-organisation");
            }
        }
    }

    private static DeskIntake toIntake(DeskIntakeForm form, AccountPrincipal agent, UploadedFiles uploaded) {
        NewRequest details = new NewRequest(
                form.subject(),
                form.description(),
                form.category(),
                form.channel(),
                form.organisationId(),
                null,
                form.typesRequester() ? form.requesterName() : "",
                !form.typesRequester()
                                || form.requesterEmail() == null
                                || form.requesterEmail().isBlank()
                        ? null
                        : form.requesterEmail().strip(),
                agent.getId());
        return new DeskIntake(
                details,
                form.contactId(),
                form.typesRequester() && form.addsContact() ? form.newContact() : null,
                form.chosenDestination(),
                form.priority(),
                form.handOffNote(),
                form.settlesNow() ? form.answer() : null,
                uploaded.files());
    }

    /** The field a broken rule of the desk's form is shown next to. */
    private static String fieldOf(String messageKey, DeskIntakeForm form) {
        return switch (messageKey) {
            case "requests.error.unknown-organisation" -> "organisationId";
            case "requests.error.front-office-only" -> form.settlesNow() ? "resolvedNow" : "destination";
            case "requests.error.note-required" -> "handOffNote";
            case "requests.error.unknown-team", "requests.error.not-a-back-office-team" -> "destination";
            case "intake.error.unknown-contact", "intake.error.contact-without-organisation" -> "contactId";
            default -> form.settlesNow() ? "answer" : "description";
        };
    }

    private String formPage(DeskIntakeForm form, Model model) {
        model.addAttribute("categories", Category.customerCategories());
        model.addAttribute("channels", Channel.DESK);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("organisations", customers.organisations());
        model.addAttribute(
                "contacts", form.organisationId() == null ? List.of() : customers.contactsOf(form.organisationId()));
        model.addAttribute("teams", intake.teamsToHandTo());
        model.addAttribute("teamNames", pages.teamNames());
        model.addAttribute(
                "byRules",
                form.category() == null
                        ? null
                        : intake.preview(form.category(), form.channel(), form.organisationId(), form.subject()));
        model.addAttribute(
                "goesTo",
                form.category() == null
                        ? null
                        : intake.destination(
                                form.category(),
                                form.channel(),
                                form.organisationId(),
                                form.subject(),
                                form.chosenDestination(),
                                form.priority()));
        return PAGE;
    }
}
