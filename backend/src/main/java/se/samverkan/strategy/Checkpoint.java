package se.samverkan.strategy;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A checklist point of a phase: done or not, and the day it was marked done. */
@Embeddable
public class Checkpoint {

    public String text;

    public boolean done;

    public LocalDate doneOn;

    public Checkpoint() {}

    public Checkpoint(String text, boolean done, LocalDate doneOn) {
        this.text = text;
        this.done = done;
        this.doneOn = doneOn;
    }
}
