package se.samverkan.funding;

public enum ProjectStatus {
    PLANNED,
    ONGOING,
    COMPLETED,
    CANCELLED
}
