package ru.vprsvod.submission;

/** What happened to a received file, as schools and coordinators read it. */
public enum Status {
    ACCEPTED("принят"),
    ACCEPTED_WITH_WARNINGS("принят с замечаниями"),
    REJECTED("отклонён"),
    /** The very same content as the file in force now: recorded, not counted twice. */
    DUPLICATE("повторно присланный файл");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }
}
