package se.samverkan.common.validation;

/**
 * Case numbers (diarienummer) as Swedish authorities write them: "851-1234-2016", "KS 2016/123", "Dnr 2021:45".
 * Registers differ, so the rule is the common shape: letters, digits, spaces and . : / - with at least one digit.
 */
public final class CaseNumbers {

    public static final String PATTERN = "(?=.*[0-9])[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 .:/-]{0,38}[A-Za-zÅÄÖåäö0-9]";
    public static final String MESSAGE = "{validation.case-number}";

    private CaseNumbers() {}
}
