package se.samverkan.forum;

import jakarta.persistence.Embeddable;

/** A named person who represents a member organisation in a forum, or stands in as substitute (ersättare). */
@Embeddable
public class Representative {

    public String name;

    public String title;

    public boolean substitute;

    public Representative() {}

    public Representative(String name, String title, boolean substitute) {
        this.name = name;
        this.title = title;
        this.substitute = substitute;
    }
}
