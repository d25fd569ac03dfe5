package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;

import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

/** The part of a session summary about one person: disclosed only under that person's own consent. */
public record SummaryPart(ParticipantId about, String text) {

    public static final int MAX_TEXT = 4000;

    public SummaryPart {
        required(about, "parts[].about");
        text = requiredText(text, "parts[].text", MAX_TEXT);
    }
}
