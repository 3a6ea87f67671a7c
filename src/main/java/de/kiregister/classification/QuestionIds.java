package de.kiregister.classification;

import java.util.Map;

/**
 * The ids of the questions the decision procedure addresses by name, with the answer type each must have. They are
 * part of the public API (the keys of {@code answers}) and every catalogue version must contain them. Art. 5 and
 * Art. 50 questions are not listed: the procedure finds them by their group, so a new practice or duty is data.
 */
public final class QuestionIds {

    public static final String R1 = "R1";
    public static final String R2 = "R2";
    public static final String R3 = "R3";
    public static final String D1 = "D1";
    public static final String D1A = "D1a";
    public static final String D1B = "D1b";
    public static final String D1C = "D1c";
    public static final String S1 = "S1";
    public static final String H1 = "H1";
    public static final String H2 = "H2";
    public static final String H3 = "H3";
    public static final String H4 = "H4";
    public static final String H5 = "H5";
    public static final String G1 = "G1";
    public static final String A1 = "A1";
    public static final String A2 = "A2";
    public static final String W1 = "W1";

    /** Every structural question with its required answer type. */
    public static final Map<String, AnswerType> STRUCTURAL = Map.ofEntries(
            Map.entry(R1, AnswerType.BOOLEAN), Map.entry(R2, AnswerType.BOOLEAN), Map.entry(R3, AnswerType.BOOLEAN),
            Map.entry(D1, AnswerType.BOOLEAN_OR_UNSURE), Map.entry(D1A, AnswerType.BOOLEAN),
            Map.entry(D1B, AnswerType.BOOLEAN), Map.entry(D1C, AnswerType.BOOLEAN), Map.entry(S1, AnswerType.BOOLEAN),
            Map.entry(H1, AnswerType.BOOLEAN), Map.entry(H2, AnswerType.BOOLEAN), Map.entry(H3, AnswerType.CHOICE),
            Map.entry(H4, AnswerType.BOOLEAN), Map.entry(H5, AnswerType.BOOLEAN), Map.entry(G1, AnswerType.BOOLEAN),
            Map.entry(A1, AnswerType.BOOLEAN), Map.entry(A2, AnswerType.BOOLEAN), Map.entry(W1, AnswerType.BOOLEAN));

    private QuestionIds() {
    }
}
