package se.samverkan.overview;

/** OPEN: something is still to be done; DONE: handed in, closed, or no longer possible (the report moved on). */
public enum TaskState {
    OPEN,
    DONE
}
