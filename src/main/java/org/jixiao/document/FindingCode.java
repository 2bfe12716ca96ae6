package org.jixiao.document;

/**
 * Every code a {@link Finding} carries, in one place: what checks a document (the format, the money), what scores
 * and lints it, and what reads it from a publication. A finding's JSON keeps the code as its name
 * (docs/scoring.md, the README's lint table); the code refers to it by this enum.
 */
public enum FindingCode {

    /** A field the format requires is missing. */
    MISSING_FIELD,
    /** A field holds a value the format does not allow. */
    INVALID_FIELD,
    /** Amounts that do not add up (sources, natures, a stated rate, a task over its budget). */
    FUNDS_MISMATCH,
    /** Too little to score: no key task, or none with an indicator. */
    NOT_SCORABLE,
    /** An unmet indicator without a deviation reason. */
    UNMET_WITHOUT_REASON,
    /** A key task without an output indicator. */
    MISSING_OUTPUT,
    /** A key task without a benefit indicator. */
    MISSING_BENEFIT,
    /** A key task without a satisfaction indicator. */
    MISSING_SATISFACTION,
    /** An indicator that could stand in any unit's report. */
    GENERIC_INDICATOR,
    /** Half or more of a key task's indicators generic. */
    TOO_MANY_GENERIC,
    /** An indicator of inputs rather than results. */
    INPUT_AS_OUTPUT,
    /** A qualitative target in vague words, with no standard. */
    NOT_QUANTIFIED,
    /** A numeric target without a unit. */
    MISSING_UNIT,
    /** A target far below what was achieved, or below last year's actual. */
    TARGET_TOO_LOW,
    /** A count of one for a recurring activity. */
    TRIVIAL_TARGET,
    /** No actual value stated. */
    NO_ACTUAL_VALUE,
    /** A low execution rate without an explanation. */
    LOW_EXECUTION,
    /** An actual in a unit that cannot be held against the target's. */
    UNIT_MISMATCH,
    /** The report's own score or grade far from jixiao's. */
    STATED_SCORE_DIFFERS,
    /** An annual target other than the one approved with the budget (the unit's goal sheet). */
    TARGET_CHANGED_FROM_APPROVED,
    /** An indicator of the approved goal sheet that the self-evaluation leaves out. */
    APPROVED_INDICATOR_MISSING,
    /** A figure a publication states that the reader could not place with certainty: left empty. */
    UNCERTAIN_FIGURE
}
