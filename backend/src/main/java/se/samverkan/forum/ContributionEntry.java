package se.samverkan.forum;

import jakarta.persistence.Embeddable;

/** One organisation's text on one theme of a status report. */
@Embeddable
public class ContributionEntry {

    public String theme;

    public String text;

    public ContributionEntry() {}

    public ContributionEntry(String theme, String text) {
        this.theme = theme;
        this.text = text;
    }
}
